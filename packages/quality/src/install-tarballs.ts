import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Creates an npm project in `dir` whose dependencies are the given tarballs
 * (`{ name: tarballPath }`) and runs `npm install --prefer-offline` there.
 * Third-party dependencies come from the registry (or npm's cache). Listing
 * every tarball at the top level makes npm use them for the packages'
 * dependencies on each other instead of looking those up in the registry.
 * Throws with npm's output on failure; returns the install time in ms.
 */
export function installTarballs(dir: string, tarballs: Readonly<Record<string, string>>): number {
  mkdirSync(dir, { recursive: true });
  const dependencies = Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${relative(dir, file)}`]));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'imgur-ts-pack-check', private: true, type: 'module', dependencies }, null, 2));
  const t = Date.now();
  const r = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm install of the packed tarballs failed in ${dir}:\n${r.stdout}\n${r.stderr}`);
  return Date.now() - t;
}
