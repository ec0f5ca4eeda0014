#!/usr/bin/env node
// Runs the native TypeScript 7 compiler (package alias `tsc7`) for builds and
// type checks; TypeScript 5.9 stays installed for tools that need its JS API.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const bin = join(dirname(require.resolve('tsc7/package.json')), 'bin', 'tsc');
const r = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
