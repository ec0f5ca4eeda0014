#!/usr/bin/env node
// pnpm docs — builds the API reference and the guides into docs/ with TypeDoc
// (typedoc.json): every publishable package (packages/*/package.json without
// "private": true), guides/*.md as project documents. Fails on any warning,
// including a public export without JSDoc. Needs the packages built.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packages = readdirSync(join(root, 'packages'))
  .filter((d) => existsSync(join(root, 'packages', d, 'package.json')))
  .filter((d) => JSON.parse(readFileSync(join(root, 'packages', d, 'package.json'), 'utf8')).private !== true)
  .sort();
const require = createRequire(join(root, 'packages/quality/package.json'));
const bin = join(dirname(require.resolve('typedoc/package.json')), 'bin', 'typedoc');
const args = [bin, '--options', join(root, 'typedoc.json'), ...packages.flatMap((d) => ['--entryPoints', `packages/${d}`]), ...process.argv.slice(2)];
const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
