// Builds a workspace package on first use by a root script: runs its build script when dist/index.js is missing
// or older than any file under src/ (walked recursively: sources live in concern folders).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const newestIn = (dir) =>
  Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newestIn(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));

/**
 * Makes sure `packages/<name>/dist/index.js` is up to date and returns its path; on a failed build writes
 * `<script>: building packages/<name> failed` and exits with `failCode`.
 */
export function ensureBuilt(name, script, failCode = 1) {
  const pkg = fileURLToPath(new URL(`../../packages/${name}/`, import.meta.url));
  const entry = join(pkg, 'dist/index.js');
  if (!existsSync(entry) || statSync(entry).mtimeMs < newestIn(join(pkg, 'src'))) {
    // The package's own `build` script (tsc, or tsc and esbuild for core), which starts no package manager.
    const { scripts } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
    const r = spawnSync('sh', ['-c', scripts.build], { cwd: pkg, stdio: ['ignore', 2, 2] });
    if (r.status !== 0) {
      process.stderr.write(`${script}: building packages/${name} failed\n`);
      process.exit(failCode);
    }
  }
  return entry;
}
