#!/usr/bin/env node
// Re-renders the "Client overhead and bundle size" section of BENCHMARKS.md
// from bench/results/compare.json and bench/results/consumer-typecheck.json
// without measuring again (e.g. after `pnpm pack:check --record`).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('../..', import.meta.url).pathname;
const { renderCompare } = await import(pathToFileURL(join(root, 'packages/quality/dist/render-compare.js')).href);
const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : undefined);
const compare = read(join(root, 'bench/results/compare.json'));
if (!compare) {
  console.error('bench/results/compare.json is missing: run pnpm bench:compare first');
  process.exit(1);
}
const md = join(root, 'BENCHMARKS.md');
writeFileSync(`${md}.tmp`, renderCompare(readFileSync(md, 'utf8'), compare, read(join(root, 'bench/results/consumer-typecheck.json'))));
renameSync(`${md}.tmp`, md);
console.log('rendered BENCHMARKS.md');
