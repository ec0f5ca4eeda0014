// What the bundling builds of packages (core, postman-to-openapi) share: the `.d.ts` files from tsc, and the removal
// of JavaScript an earlier build wrote that this one did not.
import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs tsc on the package's tsconfig.build.json (which emits declarations only); resolves when it succeeded. */
export function declarations(pkg) {
  return new Promise((resolve, reject) => {
    const tsc = spawn(process.execPath, [join(root, 'scripts', 'tsc.mjs'), '-p', join(pkg, 'tsconfig.build.json')], { stdio: 'inherit' });
    tsc.on('error', reject);
    tsc.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tsc exited with ${code}`))));
  });
}

/** Deletes JavaScript this build did not write (chunks of an earlier build, per-file output of an older one), in place: a test reading dist/ meanwhile never finds it missing. */
export function removeStaleJs(dir, written) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) removeStaleJs(path, written);
    else if (/\.js(\.map)?$/.test(e.name) && !written.has(path)) rmSync(path);
  }
}
