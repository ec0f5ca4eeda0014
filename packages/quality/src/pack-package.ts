import { spawnSync } from 'node:child_process';

/**
 * Packs one workspace package with `pnpm pack` into `dest` and returns the
 * tarball path. pnpm rewrites `workspace:*` dependencies to real versions, so
 * the tarball is what npm users get. Throws with pnpm's output on failure.
 */
export function packPackage(dir: string, dest: string): string {
  const r = spawnSync('pnpm', ['pack', '--pack-destination', dest, '--json'], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pnpm pack failed in ${dir}:\n${r.stdout}\n${r.stderr}`);
  const start = r.stdout.indexOf('{');
  const parsed = JSON.parse(r.stdout.slice(start)) as { filename?: string };
  if (!parsed.filename) throw new Error(`pnpm pack in ${dir} printed no filename:\n${r.stdout}`);
  return parsed.filename;
}
