#!/usr/bin/env node
// pnpm bench:cold-start — the time from a fresh Node process's start to the answer of its first call: a bare
// node:http request, core's Node entry as published (dist/: esbuild's bundle, one file per exports entry plus
// shared chunks), the same entry bundled into one file with esbuild (the floor for bundling), and tsc's one ESM
// file per source file (dist/ before it was bundled). A server in this process answers
// `GET /3/credits` on 127.0.0.1. Contenders run interleaved, their order rotating round by round, each run a
// fresh process (bench/cold-start/client.mjs); cells are medians, ratios are over the node:http row's medians.
// Writes bench/results/cold-start.json and bench/results/cold-start.md and prints the table. Reports only.
// Env: BENCH_RUNS (default 15).
import { fork, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../../scripts/lib/ensure-built.mjs';
import { resultsDir as resultsDirOf, writeResult } from '../lib/results-dir.mjs';

const root = new URL('../..', import.meta.url).pathname;
ensureBuilt('core', 'bench:cold-start');
const runs = Number(process.env.BENCH_RUNS ?? 15);
const dir = mkdtempSync(join(tmpdir(), 'imgur-bench-cold-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const bundle = join(dir, 'core-node.mjs');
const { build } = await import(createRequire(join(root, 'packages/core/package.json')).resolve('esbuild'));
await build({
  entryPoints: [join(root, 'packages/core/dist/index.node.js')],
  outfile: bundle,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'silent',
});
// The layout dist/ had before it was bundled, for comparison: tsc's output, one ESM file per source file. Written
// below packages/core/node_modules so that its imports of @imgur-ts/client resolve.
const filesDir = join(root, 'packages/core/node_modules/.cache/imgur-bench-cold-start');
process.on('exit', () => rmSync(filesDir, { recursive: true, force: true }));
const tsc = spawnSync(
  process.execPath,
  [
    join(root, 'scripts/tsc.mjs'),
    '-p',
    join(root, 'packages/core/tsconfig.build.json'),
    '--emitDeclarationOnly',
    'false',
    '--declaration',
    'false',
    '--declarationMap',
    'false',
    '--sourceMap',
    'false',
    '--outDir',
    filesDir,
  ],
  { stdio: 'inherit' },
);
if (tsc.status !== 0) throw new Error('bench:cold-start: tsc failed');
const filesEntry = join(filesDir, 'index.node.js');
// The modules Node loads for the Node entry: the entry and the chunks it imports (esbuild's metafile of a bundle of it).
const { metafile } = await build({
  entryPoints: [join(root, 'packages/core/dist/index.node.js')],
  bundle: true,
  write: false,
  metafile: true,
  format: 'esm',
  platform: 'node',
  logLevel: 'silent',
});
const nodeEntryModules = Object.keys(metafile.inputs).filter((f) => f.includes('packages/core/dist/')).length;
const distFiles = (d) => readdirSync(d, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? distFiles(join(d, e.name)) : e.name.endsWith('.js') ? 1 : 0), 0);

const LABELS = {
  'node-http': 'bare node:http request',
  core: '@imgur-ts/core Node entry, dist/ as published (bundled entry + chunks)',
  'core-bundled': 'the same entry bundled into one file (esbuild)',
  'core-files': 'the same entry as one ESM file per source file (tsc output: dist/ before it was bundled)',
};
const body = JSON.stringify({ data: { UserLimit: 12500, UserRemaining: 12499, UserReset: 1700000000, ClientLimit: 12500, ClientRemaining: 12400 }, success: true, status: 200 });
const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body));
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}`;

const one = (which) =>
  new Promise((resolve, reject) => {
    const child = fork(join(root, 'bench/cold-start/client.mjs'), [which, url, which === 'core-files' ? filesEntry : bundle], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answer;
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('message', (m) => (answer = m));
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (answer) resolve(answer);
      else reject(new Error(`bench:cold-start: ${which} exited with ${code}`));
    });
  });
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const loadAtStart = loadavg()[0];
const names = Object.keys(LABELS);
const samples = Object.fromEntries(names.map((n) => [n, []]));
try {
  for (const n of names) await one(n); // warm the file system cache
  for (let round = 0; round < runs; round++) {
    for (let i = 0; i < names.length; i++) {
      const which = names[(i + round) % names.length];
      samples[which].push(await one(which));
    }
  }
} finally {
  server.close();
}
const loadAtEnd = loadavg()[0];
const cells = Object.fromEntries(
  names.map((n) => [n, { importMs: median(samples[n].map((s) => s.importMs)), firstCallMs: median(samples[n].map((s) => s.firstCallMs)), runs: samples[n] }]),
);
const ref = cells['node-http'];
const table = [
  '| client | import done (ms since start) | first answer (ms since start) | × node:http |',
  '|---|---:|---:|---:|',
  ...names.map((n) => `| ${LABELS[n]} | ${cells[n].importMs.toFixed(1)} | ${cells[n].firstCallMs.toFixed(1)} | ${(cells[n].firstCallMs / ref.firstCallMs).toFixed(2)} |`),
].join('\n');
const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?', loadAverage: [loadAtStart, loadAtEnd] };
const result = {
  date: new Date().toISOString().slice(0, 10),
  command: 'pnpm bench:cold-start',
  machine,
  runs,
  coreDistJsFiles: distFiles(join(root, 'packages/core/dist')),
  coreNodeEntryModules: nodeEntryModules,
  results: cells,
};
const resultsDir = resultsDirOf(root);
writeResult(resultsDir, 'cold-start.json', `${JSON.stringify(result, null, 2)}\n`);
const header = `Measured ${result.date} with \`pnpm bench:cold-start\` (core's Node entry loads ${nodeEntryModules} of dist/'s ${result.coreDistJsFiles} JavaScript files) on Node ${machine.node}, ${machine.cpus} × ${machine.cpuModel} (1-minute load average ${loadAtStart.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end); median of ${runs} interleaved rounds, each run a fresh process; times are milliseconds since the process started (Node's own start-up included).`;
writeResult(resultsDir, 'cold-start.md', `${header}\n\n${table}\n`);
console.log(`\n${table}\n\nwrote ${join(resultsDir, 'cold-start.json')} and ${join(resultsDir, 'cold-start.md')}`);
