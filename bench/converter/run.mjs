#!/usr/bin/env node
// pnpm bench:converter — Postman-to-OpenAPI converters side by side on real public collections:
// packages/postman-to-openapi/test/corpus (with INDEX.md provenance) plus ../shared/corpus/postman when present.
// Each converter runs in its own process (child.mjs), BENCH_RUNS timed runs per collection after one warm-up, in
// BENCH_ROUNDS rounds (default 3) with the converters' order rotated each round.
// Then each converter converts each collection once in a fresh process (fresh.mjs), BENCH_FRESH_ROUNDS rounds (default 3):
// the CPU of its import and of that first conversion, what a command-line run pays. And each converter keeps
// converting in one process (steady.mjs; BENCH_STEADY_WARMUP passes over the corpus, default 10, then
// BENCH_STEADY_PASSES timed passes, default 10, no forced collection), in BENCH_ROUNDS rounds: what a long-lived
// process pays per conversion once its code is compiled and optimised.
// Reports crashes, Redocly validity (minimal and recommended rules, error level), requests kept, JSON bodies with
// an inferred schema, saved examples kept and the median CPU ms (over the collections each converter converted, and
// over the collections every converter converted); writes bench/results/converter.json and .md.
import { execFileSync, fork } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONVERTERS } from './converters.mjs';
import { lintErrors } from './lint.mjs';
import { collectionRequests, measure } from './measures.mjs';
import { renderTable } from './render.mjs';
import { resultsDir as resultsDirOf, writeResult } from '../lib/results-dir.mjs';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '..', '..');
const only = process.env.BENCH_CONVERTERS?.split(',');
const converters = CONVERTERS.filter(([name]) => !only || only.includes(name));
// The peers only when one of them runs (BENCH_CONVERTERS=ours needs none).
if (converters.some(([name]) => name !== 'ours') && !existsSync(join(here, 'node_modules', '@scalar', 'postman-to-openapi'))) {
  console.error('bench:converter: install the peers first: (cd bench/converter && npm ci)');
  process.exit(1);
}
if (!existsSync(join(root, 'packages/postman-to-openapi/dist/index.js'))) {
  console.error('bench:converter: build the converter first: pnpm exec turbo run build --filter=@imgur-ts/postman-to-openapi');
  process.exit(1);
}
const runs = Number(process.env.BENCH_RUNS ?? 5);
const dirs = [join(root, 'packages/postman-to-openapi/test/corpus'), join(root, '..', 'shared', 'corpus', 'postman')].filter(existsSync);
const files = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(d, f)),
);
const out = mkdtempSync(join(tmpdir(), 'bench-converter-'));

function runChild(name, script = 'child.mjs', args = [out, String(runs)]) {
  return new Promise((resolve, reject) => {
    const child = fork(join(here, script), [name, ...args, ...files], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let results;
    child.on('message', (m) => (results = m));
    child.on('exit', (code) => (results ? resolve(results) : reject(new Error(`${name} exited with ${code} before reporting`))));
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// On a shared machine the load drifts while the converters run one after another: each round runs every converter
// once, the order rotated each round, and a collection's CPU figure is the median of its runs over all rounds.
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const childResults = new Map(converters.map(([name]) => [name, []]));
for (let round = 0; round < rounds; round++) {
  for (let i = 0; i < converters.length; i++) {
    const [name, label] = converters[(i + round) % converters.length];
    console.error(`bench:converter: round ${round + 1}/${rounds}: ${name} (${label})`);
    childResults.get(name).push(await runChild(name));
  }
}

// One long-lived process per converter and round: steady-state CPU per conversion, the same rotation of rounds.
const steadyWarmup = Math.max(0, Number(process.env.BENCH_STEADY_WARMUP ?? 10));
const steadyPasses = Math.max(0, Number(process.env.BENCH_STEADY_PASSES ?? 10));
const steady = new Map(converters.map(([name]) => [name, new Map()]));
for (let round = 0; round < (steadyPasses > 0 ? rounds : 0); round++) {
  for (let i = 0; i < converters.length; i++) {
    const [name] = converters[(i + round) % converters.length];
    console.error(`bench:converter: steady state, round ${round + 1}/${rounds}: ${name}`);
    for (const r of await runChild(name, 'steady.mjs', [String(steadyWarmup), String(steadyPasses)])) {
      const per = steady.get(name);
      if (!per.has(r.file)) per.set(r.file, []);
      per.get(r.file).push(...r.cpu);
    }
  }
}

// A fresh process per converter and collection: the import and the first conversion, as a command-line run pays them.
const freshRounds = Math.max(0, Number(process.env.BENCH_FRESH_ROUNDS ?? 3));
const fresh = new Map(converters.map(([name]) => [name, new Map()]));
for (let round = 0; round < freshRounds; round++) {
  console.error(`bench:converter: fresh processes, round ${round + 1}/${freshRounds}`);
  for (const file of files) {
    for (let i = 0; i < converters.length; i++) {
      const [name] = converters[(i + round) % converters.length];
      const line = execFileSync(process.execPath, [join(here, 'fresh.mjs'), name, file], { encoding: 'utf8' });
      const got = JSON.parse(line);
      const per = fresh.get(name);
      const key = file.split('/').pop();
      if (!per.has(key)) per.set(key, { importMs: [], firstMs: [], crashed: false });
      const entry = per.get(key);
      entry.importMs.push(got.importMs);
      entry.firstMs.push(got.firstMs);
      if (got.error) entry.crashed = true;
    }
  }
}

const requestsOf = new Map(files.map((f) => [f.split('/').pop(), collectionRequests(JSON.parse(readFileSync(f, 'utf8')))]));
const report = {
  node: process.version,
  runs,
  rounds,
  steadyWarmup,
  steadyPasses,
  freshRounds,
  collections: files.length,
  requests: [...requestsOf.values()].reduce((n, r) => n + r.length, 0),
  converters: {},
};
for (const [name, label] of converters) {
  const all = childResults.get(name);
  const results = all[all.length - 1]; // documents and errors of the last round (conversions are deterministic)
  const per = [];
  for (const r of results) {
    const row = { file: r.file, cpuMs: median(all.flatMap((one) => one.find((x) => x.file === r.file)?.cpu ?? [])) };
    // Steady state: the mean of the timed conversions (garbage collections included where they fell).
    const warm = steady.get(name).get(r.file);
    if (warm?.length) row.steadyMs = warm.reduce((n, ms) => n + ms, 0) / warm.length;
    const cold = fresh.get(name).get(r.file);
    if (cold) Object.assign(row, { importMs: median(cold.importMs), firstMs: median(cold.firstMs), freshMs: median(cold.importMs.map((ms, i) => ms + cold.firstMs[i])) });
    if (r.error) row.crash = r.error;
    else {
      const document = JSON.parse(readFileSync(r.out, 'utf8'));
      row.minimal = await lintErrors(document, 'minimal');
      row.recommended = await lintErrors(document, 'recommended');
      Object.assign(row, measure(requestsOf.get(r.file), document));
    }
    per.push(row);
  }
  const ok = per.filter((r) => !r.crash);
  const sum = (k) => per.reduce((n, r) => n + (r[k] ?? 0), 0);
  report.converters[name] = {
    label,
    crashes: per.length - ok.length,
    validMinimal: ok.filter((r) => r.minimal.length === 0).length,
    validRecommended: ok.filter((r) => r.recommended.length === 0).length,
    converted: ok.length,
    requests: report.requests,
    kept: sum('kept'),
    jsonBodies: [...requestsOf.values()].flat().filter((r) => r.json).length,
    jsonWithSchema: sum('jsonWithSchema'),
    saved: [...requestsOf.values()].flat().reduce((n, r) => n + r.responses.length, 0),
    savedKept: sum('savedKept'),
    medianCpuMs: median(ok.map((r) => r.cpuMs)),
    ...(steadyPasses > 0 ? { medianSteadyMs: median(ok.map((r) => r.steadyMs)) } : {}),
    collections: per,
  };
}
// The median above is over the collections each converter converted, which differ (a converter that crashes on
// mid-sized collections gets a median of the others); this one is over the same collections for every converter.
const common = files.map((f) => f.split('/').pop()).filter((f) => Object.values(report.converters).every((c) => c.collections.some((r) => r.file === f && !r.crash)));
report.commonCollections = common.length;
for (const c of Object.values(report.converters)) {
  const shared = c.collections.filter((r) => common.includes(r.file));
  c.commonMedianCpuMs = median(shared.map((r) => r.cpuMs));
  if (steadyPasses > 0) c.commonSteadyMs = median(shared.map((r) => r.steadyMs));
  if (freshRounds > 0) {
    c.commonImportMs = median(shared.map((r) => r.importMs));
    c.commonFirstMs = median(shared.map((r) => r.firstMs));
    c.commonFreshMs = median(shared.map((r) => r.freshMs));
  }
}
rmSync(out, { recursive: true, force: true });
const resultsDir = resultsDirOf(root);
writeResult(resultsDir, 'converter.json', `${JSON.stringify(report, null, 2)}\n`);
const table = renderTable(report);
writeResult(resultsDir, 'converter.md', table);
process.stdout.write(table);
