#!/usr/bin/env node
// pnpm bench:upload-buffer — uploads of videos held in Buffers, per client: the RSS each run grows by and its
// throughput. The node:http server of `pnpm bench:upload` (bench/upload/server.mjs, its own process) drains
// `POST /3/upload`; every run is a fresh Node process (bench/upload-buffer/client.mjs) that uploads
// <concurrency> Buffers of the size at once. Clients (LABELS below) run interleaved, their order rotating
// round by round; each cell is the median of the rounds, and the ratio column divides a client's median MB/s
// by the `http-buffer` row's (a node:http request writing the same multipart body: what Node itself costs).
// Writes bench/results/upload-buffer.json and bench/results/upload-buffer.md and prints the table. Reports
// only: nothing is asserted here (packages/core/test/upload/buffer-memory.test.ts asserts the 1.1x bound).
// Env: BENCH_RUNS (default 5), BENCH_MB (default 20), BENCH_REPEAT (uploads of the Buffers one after the other per run, default 5), BENCH_CONCURRENCY (default "1,4"), BENCH_CLIENTS (comma
// list, default all), BENCH_OLD_COMMIT (default 48de6c6, the core that copied the bytes into a Blob, bundled
// from `git archive` for the `ours-old` row; "" skips it).
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../../scripts/lib/ensure-built.mjs';
import { bundleCoreAt } from '../lib/bundle-core-at.mjs';
import { resultsDir as resultsDirOf, writeResult } from '../lib/results-dir.mjs';

const root = new URL('../..', import.meta.url).pathname;
ensureBuilt('client', 'bench:upload-buffer');
ensureBuilt('core', 'bench:upload-buffer');

const MB = 2 ** 20;
const runs = Number(process.env.BENCH_RUNS ?? 5);
const mb = Number(process.env.BENCH_MB ?? 20);
const repeat = Number(process.env.BENCH_REPEAT ?? 5);
const concurrencies = (process.env.BENCH_CONCURRENCY ?? '1,4').split(',').map(Number);
const oldCommit = process.env.BENCH_OLD_COMMIT ?? '48de6c6';
const LABELS = {
  'ours-node': '@imgur-ts/core `upload(client, buffer)`, node:http transport (default)',
  'ours-blob': '@imgur-ts/core `upload(client, blob)` (a Blob of the same bytes), node:http transport',
  'ours-fetch': '@imgur-ts/core `upload(client, buffer)`, fetch transport',
  'ours-old': `@imgur-ts/core before (${oldCommit}), node:http transport`,
  'http-buffer': 'no SDK: node:http request writing head, the Buffer, tail',
  imgur: '`imgur` `upload({ image: buffer })`',
};
const clients = (process.env.BENCH_CLIENTS ?? Object.keys(LABELS).join(',')).split(',').filter((c) => c !== 'ours-old' || oldCommit);

const dir = mkdtempSync(join(tmpdir(), 'imgur-bench-upload-buffer-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

function startServer() {
  const child = fork(join(root, 'bench/upload/server.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const requests = [];
  child.on('message', (m) => m.request && requests.push(m.request));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench:upload-buffer: the server exited (${code})`)));
    child.once('message', (m) => resolve({ url: m.url, requests, close: () => new Promise((done) => child.once('exit', done).send({ exit: true })) }));
  });
}

/** One run in a fresh process; rejects on an error or a crash, or after 5 minutes (the child is killed by its pid). */
function runClient(which, url, conc, env) {
  return new Promise((resolve, reject) => {
    const child = fork(join(root, 'bench/upload-buffer/client.mjs'), [which, url, String(mb * MB), String(conc), String(repeat)], {
      execArgv: ['--expose-gc'],
      env,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let answer;
    const timer = setTimeout(() => child.kill(), 300_000);
    child.on('message', (m) => (answer = m));
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (answer?.result) resolve(answer.result);
      else reject(new Error(`bench:upload-buffer: ${which} c=${conc}: ${answer?.error ?? `exited with ${code}`}`));
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const loadAtStart = loadavg()[0];
const oldCore = clients.includes('ours-old') ? await bundleCoreAt({ root, commit: oldCommit, dir, name: 'old', bench: 'bench:upload-buffer', skipped: 'its row is' }) : undefined;
const active = clients.filter((c) => c !== 'ours-old' || oldCore);
const server = await startServer();
const samples = {};
try {
  for (let round = 0; round < runs; round++) {
    for (const conc of concurrencies) {
      for (let i = 0; i < active.length; i++) {
        const which = active[(i + round) % active.length];
        const seenBefore = server.requests.length;
        const r = await runClient(which, server.url, conc, { ...process.env, BENCH_OLD_CORE: oldCore ?? '' });
        // The first request of the fresh process is its 5 MB warm-up.
        const seen = server.requests.slice(seenBefore + 1).filter((q) => q.bytes >= mb * MB);
        if (seen.length !== conc * repeat || !seen.every((q) => q.ok)) throw new Error(`bench:upload-buffer: ${which} c=${conc}: the server saw ${JSON.stringify(seen)}`);
        const s = { growthMB: r.growth / MB, mbPerS: (repeat * conc * mb) / (r.ms / 1000), ms: r.ms, chunked: seen[0].chunked };
        ((samples[which] ??= {})[conc] ??= []).push(s);
        console.log(
          `round ${round + 1}/${runs} c=${conc} ${which.padEnd(11)} RSS +${s.growthMB.toFixed(1).padStart(6)} MB  ${r.ms.toFixed(0).padStart(6)} ms  ${s.mbPerS.toFixed(0).padStart(5)} MB/s  ${s.chunked ? 'chunked' : 'Content-Length'}  load ${loadavg()[0].toFixed(1)}`,
        );
      }
    }
  }
} finally {
  await server.close();
}

const loadAtEnd = loadavg()[0];
const cell = (which, conc) => {
  const s = samples[which][conc];
  return { growthMB: median(s.map((x) => x.growthMB)), mbPerS: median(s.map((x) => x.mbPerS)), runs: s };
};
const results = active.map((which) => ({ client: which, label: LABELS[which], concurrency: Object.fromEntries(concurrencies.map((c) => [c, cell(which, c)])) }));
const ref = results.find((r) => r.client === 'http-buffer');
const table = [
  `| client | ${concurrencies.map((c) => `c=${c}: RSS + (MB) | c=${c}: RSS + / files | c=${c}: MB/s | c=${c}: × node:http`).join(' | ')} |`,
  `|---|${concurrencies.map(() => '---:|---:|---:|---:').join('|')}|`,
  ...results.map(
    (r) =>
      `| ${r.label} | ${concurrencies
        .map((c) => {
          const x = r.concurrency[c];
          return `${x.growthMB.toFixed(1)} | ${(x.growthMB / (c * mb)).toFixed(2)} | ${x.mbPerS.toFixed(0)} | ${ref ? (x.mbPerS / ref.concurrency[c].mbPerS).toFixed(2) : '–'}`;
        })
        .join(' | ')} |`,
  ),
].join('\n');
const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?', loadAverage: [loadAtStart, loadAtEnd] };
const result = {
  date: new Date().toISOString().slice(0, 10),
  command: 'pnpm bench:upload-buffer',
  machine,
  runs,
  mb,
  repeat,
  concurrencies,
  oldCommit: oldCore ? oldCommit : undefined,
  results,
};
const resultsDir = resultsDirOf(root);
writeResult(resultsDir, 'upload-buffer.json', `${JSON.stringify(result, null, 2)}\n`);
const header = `Measured ${result.date} with \`pnpm bench:upload-buffer\` on Node ${machine.node}, ${machine.cpus} × ${machine.cpuModel} (1-minute load average ${loadAtStart.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end); ${mb} MB videos, each in its own Buffer made before the baseline, uploaded ${repeat} times in a row per run (c at once); median of ${runs} interleaved rounds per cell, each run a fresh process. RSS + is the peak RSS growth over the RSS after a warm-up upload and a full GC; "× node:http" is the MB/s over the no-SDK row's.`;
writeResult(resultsDir, 'upload-buffer.md', `${header}\n\n${table}\n`);
console.log(`\n${table}\n\nwrote ${join(resultsDir, 'upload-buffer.json')} and ${join(resultsDir, 'upload-buffer.md')}`);
