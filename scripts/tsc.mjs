#!/usr/bin/env node
// Runs the native TypeScript 7 compiler (package alias `tsc7`) for builds and
// type checks; TypeScript 5.9 stays installed for tools that need its JS API.
// The native executable is started directly (through the package's own
// resolver), saving the second Node start-up of the package's `bin/tsc` shim.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('tsc7/package.json'));
const { default: getExePath } = await import(pathToFileURL(join(pkgDir, 'lib', 'getExePath.js')).href);
const r = spawnSync(getExePath(), process.argv.slice(2), { stdio: 'inherit' });
if (r.error) {
  console.error(`tsc: cannot start the TypeScript 7 compiler: ${r.error.message}`);
  process.exit(1);
}
process.exit(r.status ?? 1);
