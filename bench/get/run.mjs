#!/usr/bin/env node
// pnpm bench:get — what one `GET /3/image/{id}` costs through each client, next to a bare node:http request.
// One keep-alive server in its own process (bench/get/server.mjs: a 1.5 KB image in Imgur's envelope with
// its rate-limit headers); each contender in its own process (bench/get/client.mjs), driven one run at a time
// (BENCH_REQUESTS calls after BENCH_WARMUP unmeasured ones, a full GC counted at the end). Rounds are
// interleaved, the order rotating each round, so a busy moment of the shared machine does not land on one
// contender only. Per contender and concurrency: median req/s and median CPU µs per call over the rounds,
// and the ratios of those medians to the `http` row's. The `before-*` rows run the core of BENCH_BEFORE_COMMIT
// (bundled from `git archive`, "" skips them) in the same run, so before/after come from one machine state.
// Writes bench/results/get.json and bench/results/get.md and prints the table. Reports only.
// Env: BENCH_ROUNDS (default 9), BENCH_REQUESTS (default 2000), BENCH_WARMUP (default 500; plus 3000 calls
// per contender before the first round), BENCH_CONCURRENCY (default "1,10,50"), BENCH_CONTENDERS (comma list,
// default all), BENCH_FULL_GC ("0", the default: no forced collection, each process collects its own garbage as an
// app does; "before": a forced full GC before each run, not counted; "1": one before and one after each run, the
// latter counted; a forced GC discards V8's optimised code, so both measure mostly unoptimised calls), BENCH_BEFORE_COMMIT (default df71f61), BENCH_COLD (fresh processes per core for the first-call row, default 7;
// each makes one GET, before and after alternating).
import { execFile, fork } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../../scripts/lib/ensure-built.mjs';
import { bundleCoreAt } from '../lib/bundle-core-at.mjs';
import { resultsDir as resultsDirOf, writeResult } from '../lib/results-dir.mjs';
import { labels } from './contenders.mjs';

const root = new URL('../..', import.meta.url).pathname;
for (const name of ['models', 'client', 'core', 'image', 'quality']) ensureBuilt(name, 'bench:get');

const rounds = Number(process.env.BENCH_ROUNDS ?? 9);
const requests = Number(process.env.BENCH_REQUESTS ?? 2000);
const warmup = Number(process.env.BENCH_WARMUP ?? 500);
const concurrencies = (process.env.BENCH_CONCURRENCY ?? '1,10,50').split(',').map(Number);
const beforeCommit = process.env.BENCH_BEFORE_COMMIT ?? 'df71f61';
const coldRuns = Number(process.env.BENCH_COLD ?? 7);
const LABELS = labels(beforeCommit);
const wanted = (process.env.BENCH_CONTENDERS ?? Object.keys(LABELS).join(',')).split(',').filter((c) => beforeCommit || !c.startsWith('before-'));
for (const c of wanted) if (!LABELS[c]) throw new Error(`bench:get: unknown contender ${c} (known: ${Object.keys(LABELS).join(', ')})`);
const bounded = (n, name) => {
  if (!Number.isInteger(n) || n < 1 || n > 1e6) throw new Error(`bench:get: ${name} must be an integer from 1 to 1000000`);
};
bounded(rounds, 'BENCH_ROUNDS');
bounded(requests, 'BENCH_REQUESTS');
bounded(warmup + 1, 'BENCH_WARMUP');
bounded(coldRuns + 1, 'BENCH_COLD');
for (const c of concurrencies) bounded(c, 'BENCH_CONCURRENCY');
if (!['0', 'before', '1'].includes(process.env.BENCH_FULL_GC ?? '0')) throw new Error('bench:get: BENCH_FULL_GC must be 0, before or 1');

const dir = mkdtempSync(join(tmpdir(), 'imgur-bench-get-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const beforeCore = wanted.some((c) => c.startsWith('before-'))
  ? await bundleCoreAt({ root, commit: beforeCommit, dir, name: 'before', bench: 'bench:get', skipped: 'its rows are' })
  : undefined;
const active = wanted.filter((c) => !c.startsWith('before-') || beforeCore);
const loadAtStart = loadavg();
const server = fork(join(root, 'bench/get/server.mjs'), [], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
const port = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
const url = `http://127.0.0.1:${port}`;

function startContender(which) {
  const child = fork(join(root, 'bench/get/client.mjs'), [which, url], {
    execArgv: ['--expose-gc'],
    env: { ...process.env, BENCH_BEFORE_CORE: beforeCore ?? '' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = () =>
    new Promise((resolve, reject) => {
      const onExit = (code) => reject(new Error(`bench:get: ${which} exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (m) => {
        child.off('exit', onExit);
        if (m.error) reject(new Error(`bench:get: ${which}: ${m.error}`));
        else resolve(m);
      });
    });
  return next().then(() => ({
    which,
    run: (opts) => {
      const answer = next();
      child.send(opts);
      return answer.then((m) => m.stats);
    },
    close: () => child.kill(),
  }));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const contenders = [];
const samples = {};
const cold = {};
try {
  for (const which of active) contenders.push(await startContender(which));
  for (const c of contenders) await c.run({ requests: 3000, concurrency: 10, warmup: 0 });
  for (let round = 0; round < rounds; round++) {
    for (const conc of concurrencies) {
      for (let i = 0; i < contenders.length; i++) {
        const c = contenders[(i + round) % contenders.length];
        const s = await c.run({ requests, concurrency: conc, warmup });
        ((samples[c.which] ??= {})[conc] ??= []).push(s);
      }
    }
    console.log(`round ${round + 1}/${rounds} done, load ${loadavg()[0].toFixed(1)}`);
  }
  // The first GET of a fresh process, with this core and the one before (the `Response` it no longer builds loads undici).
  for (let i = 0; i < coldRuns; i++) {
    for (const [which, file] of [['ours-node', join(root, 'packages/core/dist/index.node.js')], ...(beforeCore ? [['before-node', beforeCore]] : [])].filter(([w]) =>
      active.includes(w),
    )) {
      const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'bench/get/first-call.mjs'), file, url], { timeout: 60_000 });
      (cold[which] ??= []).push(JSON.parse(stdout).firstCallMs);
    }
  }
} finally {
  for (const c of contenders) c.close();
  server.kill();
}

const loadAtEnd = loadavg();
const cell = (which, conc) => {
  const s = samples[which][conc];
  return { requestsPerSecond: median(s.map((x) => x.requestsPerSecond)), cpuUsPerCall: median(s.map((x) => x.cpuUsPerRequest)), p50Ms: median(s.map((x) => x.p50Ms)), rounds: s };
};
const cells = Object.fromEntries(active.map((w) => [w, Object.fromEntries(concurrencies.map((c) => [c, cell(w, c)]))]));
const ref = cells.http;
const results = active.map((w) => ({
  contender: w,
  label: LABELS[w],
  concurrency: Object.fromEntries(
    concurrencies.map((c) => {
      const x = cells[w][c];
      // Also per round (a round's runs are back to back, so a pair shares the state of the machine), then the median.
      const paired = (key) => ref && median(x.rounds.map((s, i) => s[key] / ref[c].rounds[i][key]));
      return [
        c,
        {
          ...x,
          throughputRatio: ref && x.requestsPerSecond / ref[c].requestsPerSecond,
          cpuRatio: ref && x.cpuUsPerCall / ref[c].cpuUsPerCall,
          pairedThroughputRatio: paired('requestsPerSecond'),
          pairedCpuRatio: paired('cpuUsPerRequest'),
        },
      ];
    }),
  ),
}));
const coldRows = Object.entries(cold).map(([which, ms]) => ({ contender: which, label: LABELS[which], firstCallMs: median(ms), runs: ms }));
const f2 = (n) => (n === undefined ? '–' : n.toFixed(2));
const table = [
  `| contender | ${concurrencies.map((c) => `c=${c} req/s | c=${c} × node:http`).join(' | ')} | ${concurrencies.map((c) => `CPU µs/call c=${c}`).join(' | ')} | CPU × node:http (c=${concurrencies.join('/')}) |`,
  `|---|${concurrencies.map(() => '---:|---:').join('|')}|${concurrencies.map(() => '---:').join('|')}|---:|`,
  ...results.map((r) => {
    const xs = concurrencies.map((c) => r.concurrency[c]);
    return `| ${r.label} | ${xs.map((x) => `${Math.round(x.requestsPerSecond)} | ${f2(x.throughputRatio)}`).join(' | ')} | ${xs.map((x) => Math.round(x.cpuUsPerCall)).join(' | ')} | ${xs.map((x) => f2(x.cpuRatio)).join(' / ')} |`;
  }),
].join('\n');
const pairedTable = [
  `| contender | ${concurrencies.map((c) => `c=${c}: req/s × node:http | c=${c}: CPU × node:http`).join(' | ')} |`,
  `|---|${concurrencies.map(() => '---:|---:').join('|')}|`,
  ...results.map((r) => `| ${r.label} | ${concurrencies.map((c) => `${f2(r.concurrency[c].pairedThroughputRatio)} | ${f2(r.concurrency[c].pairedCpuRatio)}`).join(' | ')} |`),
].join('\n');
const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?', loadAverage: { start: loadAtStart, end: loadAtEnd } };
const result = {
  date: new Date().toISOString(),
  forcedGc: process.env.BENCH_FULL_GC ?? '0',
  command: 'pnpm bench:get',
  machine,
  rounds,
  requests,
  warmup,
  concurrencies,
  beforeCommit: beforeCore ? beforeCommit : undefined,
  results,
  firstCall: coldRows,
};
const resultsDir = resultsDirOf(root);
writeResult(resultsDir, 'get.json', `${JSON.stringify(result, null, 2)}\n`);
const la = (l) => l.map((n) => n.toFixed(1)).join(' ');
const header = `Measured ${result.date.slice(0, 10)} with \`pnpm bench:get\` on Node ${machine.node}, ${machine.cpus} × ${machine.cpuModel} (load average ${la(loadAtStart)} at the start, ${la(loadAtEnd)} at the end); ${requests} calls per run after ${warmup} warm-up calls, ${rounds} interleaved rounds${{ before: ', a forced full GC before each run', 1: ', a forced full GC before each run and one after it, counted in it' }[result.forcedGc] ?? ''}; each cell is the median over the rounds, and "× node:http" divides it by the node:http row's median.`;
const coldTable = coldRows.length
  ? `\n\nFirst GET of a fresh process (from the call to its answer, the SDK already loaded; median of ${coldRuns} processes):\n\n| contender | first call (ms) |\n|---|---:|\n${coldRows.map((r) => `| ${r.label} | ${r.firstCallMs.toFixed(1)} |`).join('\n')}`
  : '';
const pairedText = `\n\nThe same ratios taken per round (each contender against the node:http run of its round), median over the rounds:\n\n${pairedTable}`;
writeResult(resultsDir, 'get.md', `${header}\n\n${table}${pairedText}${coldTable}\n`);
console.log(`\n${header}\n\n${table}${pairedText}${coldTable}\n\nwrote ${join(resultsDir, 'get.json')} and ${join(resultsDir, 'get.md')}`);
