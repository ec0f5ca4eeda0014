#!/usr/bin/env node
// pnpm docs:build — builds the documentation site into docs/ with TypeDoc
// (typedoc.json): the API reference of every publishable package
// (packages/*/package.json without "private": true), guides/*.md, and the
// operations reference generated from spec/openapi.json (one page per resource
// package: method, path, auth, inputs and return of every operation). Fails on
// any warning, including a public export without JSDoc. Needs the packages
// built. Extra arguments go to TypeDoc (`--out dir`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from './lib/ensure-built.mjs';

const root = new URL('..', import.meta.url).pathname;
const manifests = readdirSync(join(root, 'packages'))
  .filter((d) => existsSync(join(root, 'packages', d, 'package.json')))
  .map((d) => ({ dir: d, manifest: JSON.parse(readFileSync(join(root, 'packages', d, 'package.json'), 'utf8')) }));
const packages = manifests
  .filter((p) => p.manifest.private !== true)
  .map((p) => p.dir)
  .sort();

// Which package exports each tag's operations: the root `generate:resources` script names the
// tags and the folder each one's code goes to (`--out packages/{tag}/src/generated`); core
// defines the one operation of "Extras" (getCredits) itself.
const byTag = new Map([['extras', '@imgur-ts/core']]);
const resources = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts['generate:resources'] ?? '';
const [, tags = '', out = ''] = /\bresource ((?:[\w-]+ )+)--spec \S+ --out (\S+)/.exec(resources) ?? [];
for (const tag of tags.trim().split(' ').filter(Boolean)) {
  const dir = /^packages\/([^/]+)\//.exec(out.replaceAll('{tag}', tag))?.[1];
  const pkg = manifests.find((p) => p.dir === dir);
  if (!pkg) throw new Error(`docs: no package folder for tag ${tag} in the generate:resources script: ${resources}`);
  byTag.set(tag.toLowerCase(), pkg.manifest.name);
}
if (byTag.size === 1) throw new Error(`docs: no resource tags found in the generate:resources script: ${JSON.stringify(resources)}`);
const { generateReference, readSpec } = await import(pathToFileURL(ensureBuilt('codegen', 'docs:build')).href);
// TypeDoc reads project documents by paths relative to the repository (it rejects absolute ones).
const pages = 'node_modules/.cache/imgur-ts-operations';
rmSync(join(root, pages), { recursive: true, force: true });
mkdirSync(join(root, pages), { recursive: true });
for (const [name, text] of generateReference(readSpec(join(root, 'spec/openapi.json')), byTag)) writeFileSync(join(root, pages, name), text);

const require = createRequire(join(root, 'packages/quality/package.json'));
const bin = join(dirname(require.resolve('typedoc/package.json')), 'bin', 'typedoc');
const args = [
  bin,
  '--options',
  join(root, 'typedoc.json'),
  ...packages.flatMap((d) => ['--entryPoints', `packages/${d}`]),
  ...['guides/*.md', `${pages}/operations.md`, `${pages}/operations-*.md`].flatMap((d) => ['--projectDocuments', d]),
  ...process.argv.slice(2),
];
const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
