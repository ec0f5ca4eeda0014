#!/usr/bin/env node
// pnpm bench:get-instructions — the CPU of one `GET /3/image/{id}` counted in machine instructions, which the load
// of a shared machine does not change (the CPU times of `pnpm bench:get` move by 20% and more from run to run on 2
// busy cores). The image server of bench:get runs in its own process; each contender (bench/get/contenders.mjs, the
// same code bench:get times) runs in a client process under `valgrind --tool=callgrind`, which counts every
// instruction the process executes on every thread (V8's compilers and garbage collector included). Each contender
// and concurrency runs twice, with the short and the long number of calls after the same warm-up; the difference of
// the two counts divided by the difference of the calls is the instructions of one call, start-up and warm-up
// cancelled. Ratios divide by the node:http row (and, for fetch rows, by raw fetch). Instructions are not time:
// cache misses and stalls are not in them; this is the load-independent half of the CPU question, bench:get the
// timed half. Writes bench/results/get-instructions.json and .md. Reports only.
// Needs valgrind (Debian: apt-get install valgrind). Env: BENCH_CONTENDERS (default
// http,ours-node,undici,fetch,fetch-timeout,ours-fetch), BENCH_CONCURRENCY (default "1,10,50"), BENCH_WARMUP
// (default 3000), BENCH_CALLS (the short and long runs, default "1000,5000"), BENCH_JOBS (valgrind processes at
// once, default the number of cores).
import { execFile, execFileSync, fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../../scripts/lib/ensure-built.mjs';
import { resultsDir as resultsDirOf, writeResult } from '../lib/results-dir.mjs';
import { labels } from './contenders.mjs';

const root = new URL('../..', import.meta.url).pathname;
const NAME = 'bench:get-instructions';
for (const name of ['models', 'client', 'core', 'image']) ensureBuilt(name, NAME);

// No `before-*` rows here: they need run.mjs's bundle of an older core.
const { 'before-node': _, 'before-fetch': __, ...LABELS } = labels('');
const FETCH_ROWS = new Set(['fetch-timeout', 'ours-fetch']);
const wanted = (process.env.BENCH_CONTENDERS ?? 'http,ours-node,undici,fetch,fetch-timeout,ours-fetch').split(',');
for (const c of wanted) if (!LABELS[c]) throw new Error(`${NAME}: unknown contender ${c} (known: ${Object.keys(LABELS).join(', ')})`);
const int = (text, name, min, max) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${NAME}: ${name} must be an integer from ${min} to ${max} (got ${JSON.stringify(text)})`);
  return n;
};
const concurrencies = (process.env.BENCH_CONCURRENCY ?? '1,10,50').split(',').map((c) => int(c, 'BENCH_CONCURRENCY', 1, 1000));
const warmup = int(process.env.BENCH_WARMUP ?? '3000', 'BENCH_WARMUP', 0, 1e6);
const [short, long] = (process.env.BENCH_CALLS ?? '1000,5000').split(',').map((c) => int(c, 'BENCH_CALLS', 1, 1e6));
if (!(long > short)) throw new Error(`${NAME}: BENCH_CALLS must be two numbers, the second larger (got ${process.env.BENCH_CALLS})`);
const jobs = int(process.env.BENCH_JOBS ?? String(cpus().length), 'BENCH_JOBS', 1, 64);

let valgrindVersion;
try {
  valgrindVersion = execFileSync('valgrind', ['--version'], { encoding: 'utf8' }).trim();
} catch {
  throw new Error(`${NAME}: valgrind is not installed (Debian: apt-get install -y valgrind, or bash scripts/ensure-valgrind.sh as root)`);
}

const loadAtStart = loadavg();
const server = fork(join(root, 'bench/get/server.mjs'), [], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
process.on('exit', () => server.kill());
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
const port = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
const url = `http://127.0.0.1:${port}`;

/** The instructions callgrind counted for one client process making `calls` calls after the warm-up. */
function count(which, concurrency, calls) {
  const args = [
    '--tool=callgrind',
    '--callgrind-out-file=/dev/null',
    process.execPath,
    join(root, 'bench/get/count-client.mjs'),
    which,
    url,
    String(warmup),
    String(calls),
    String(concurrency),
  ];
  return new Promise((resolve, reject) => {
    execFile('valgrind', args, { maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      const collected = /==\d+== Collected : (\d+)/.exec(stderr);
      if (error || !collected) reject(new Error(`${NAME}: ${which} at c=${concurrency} (${calls} calls) failed: ${error?.message ?? 'no count'}\n${stderr.slice(-2000)}`));
      else resolve(Number(collected[1]));
    });
  });
}

const tasks = [];
for (const which of wanted) for (const concurrency of concurrencies) for (const calls of [short, long]) tasks.push({ which, concurrency, calls });
const counts = new Map();
let next = 0;
await Promise.all(
  Array.from({ length: Math.min(jobs, tasks.length) }, async () => {
    while (next < tasks.length) {
      const { which, concurrency, calls } = tasks[next++];
      const n = await count(which, concurrency, calls);
      counts.set(`${which} ${concurrency} ${calls}`, n);
      console.log(`${which} c=${concurrency} ${calls} calls: ${n.toLocaleString('en-US')} instructions`);
    }
  }),
);
const loadAtEnd = loadavg();

const perCall = (which, c) => (counts.get(`${which} ${c} ${long}`) - counts.get(`${which} ${c} ${short}`)) / (long - short);
const rows = wanted.map((which) => ({ contender: which, label: LABELS[which], perCall: Object.fromEntries(concurrencies.map((c) => [c, perCall(which, c)])) }));
const ratio = (which, base, c) => (wanted.includes(base) ? perCall(which, c) / perCall(base, c) : undefined);
const fmt = (x) => (x === undefined ? '' : x.toFixed(2));
const result = {
  date: new Date().toISOString().slice(0, 10),
  machine: { node: process.version, valgrind: valgrindVersion, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?', loadAverage: { start: loadAtStart, end: loadAtEnd } },
  settings: { warmup, calls: [short, long], concurrencies },
  rows: rows.map((r) => ({
    ...r,
    perHttp: Object.fromEntries(concurrencies.map((c) => [c, ratio(r.contender, 'http', c)])),
    perFetch: FETCH_ROWS.has(r.contender) ? Object.fromEntries(concurrencies.map((c) => [c, ratio(r.contender, 'fetch', c)])) : undefined,
  })),
};
const resultsDir = resultsDirOf(root);
writeResult(resultsDir, 'get-instructions.json', `${JSON.stringify(result, null, 2)}\n`);
const cs = concurrencies.join(' / ');
const header = `Measured ${result.date} with \`pnpm ${NAME}\` on Node ${process.version}, ${valgrindVersion}, ${cpus().length} × ${result.machine.cpuModel.trim()} (load average ${loadAtStart.map((l) => l.toFixed(1)).join(' ')} at the start, ${loadAtEnd.map((l) => l.toFixed(1)).join(' ')} at the end); per call: the difference of ${long} and ${short} calls after ${warmup} warm-up calls, divided by ${long - short}.`;
const table = [
  `| contender | instructions per call (c=${cs}) | × node:http | × raw fetch |`,
  '|---|---:|---:|---:|',
  ...result.rows.map(
    (r) =>
      `| ${r.label} | ${concurrencies.map((c) => Math.round(r.perCall[c]).toLocaleString('en-US')).join(' / ')} | ${concurrencies.map((c) => fmt(r.perHttp[c])).join(' / ')} | ${r.perFetch ? concurrencies.map((c) => fmt(r.perFetch[c])).join(' / ') : ''} |`,
  ),
].join('\n');
writeResult(resultsDir, 'get-instructions.md', `${header}\n\n${table}\n`);
console.log(`\n${header}\n\n${table}\n`);
console.log(`wrote ${join(resultsDir, 'get-instructions.json')} and ${join(resultsDir, 'get-instructions.md')}`);
process.exit(0);
