import { spawnSync } from 'node:child_process';

/**
 * The paths inside an npm tarball (`package/…` prefix removed), sorted.
 * Uses the system `tar`. Throws with tar's output when it cannot be read.
 */
export function tarballFiles(tarball: string): string[] {
  const r = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tar -tzf ${tarball} failed: ${r.stderr || r.error?.message}`);
  return r.stdout
    .split('\n')
    .filter((l) => l !== '' && !l.endsWith('/'))
    .map((l) => l.replace(/^package\//, ''))
    .sort();
}
