// The core of an older commit, bundled into one ESM file from that commit's sources (`git archive`,
// no worktree needed), so a bench can run it beside today's core in the same rounds.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Bundles `packages/core/src/index.node.ts` of `commit` into `<dir>/<name>.mjs` and returns its path, or
 * prints why it could not (`bench` names the bench, `skipped` what is left out) and returns undefined.
 */
export async function bundleCoreAt({ root, commit, dir, name, bench, skipped }) {
  try {
    const src = join(dir, name);
    mkdirSync(src);
    const tar = execFileSync('git', ['-C', root, 'archive', commit, 'packages/core/src', 'packages/models/src'], { maxBuffer: 2 ** 26 });
    execFileSync('tar', ['-x', '-C', src], { input: tar });
    const { build } = await import(createRequire(join(root, 'packages/core/package.json')).resolve('esbuild'));
    const outfile = join(dir, `${name}-core.mjs`);
    await build({
      entryPoints: [join(src, 'packages/core/src/index.node.ts')],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      nodePaths: [join(root, 'packages/core/node_modules')],
      logLevel: 'silent',
    });
    return outfile;
  } catch (e) {
    console.error(`${bench}: the core of ${commit} could not be bundled (${String(e.message).split('\n')[0]}); ${skipped} skipped`);
  }
}
