#!/usr/bin/env node
// pnpm bench:get-in-process — where a GET's cost over a bare node:http request sits: the Node transport alone
// against the whole SDK, in ONE process, batches interleaved, so the busy moments of a shared machine land on
// every contender alike (between processes, as in bench:get, a machine under load moves figures by 10–30%).
// Contenders, each fetching, parsing and checking the same image from bench/get/server.mjs:
//   http       a bare node:http request on a keep-alive agent (as in bench:get);
//   transport  core's Node transport called directly (timeout armed, decoders, limits), then JSON.parse;
//   sdk        `getImage` through the whole pipeline on a default client (Node transport);
//   fetch / fetch-timeout / sdk-fetch   raw fetch + res.json(), the same with a 30 s AbortController timeout,
//              and `getImage` over the fetch transport (only with BENCH_FETCH=1).
// Core is bundled from packages/core/src (esbuild) since the transport is not exported.
// Env: BENCH_CONCURRENCY (default "1,10,50"), BENCH_REQUESTS per batch (default 2000), BENCH_ROUNDS (default 12),
// BENCH_FETCH (1: the fetch contenders too), BENCH_WARMUP (calls per contender before the first batch, default 5000).
// Writes bench/results/get-in-process.md (or BENCH_RESULTS_DIR). Reports medians of CPU µs per call and the ratios to `http`
// (and, for the fetch contenders, to `fetch`). Reports only.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, Agent } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { onlyLoopback } from '../lib/local-only.mjs';
import { resultsDir, writeResult } from '../lib/results-dir.mjs';
import { bundleEntry } from '../lib/bundle-entry.mjs';
import { measureInterleaved } from '../lib/interleaved.mjs';

const root = new URL('../..', import.meta.url).pathname;
const concurrencies = (process.env.BENCH_CONCURRENCY ?? '1,10,50').split(',').map(Number);
const requests = Number(process.env.BENCH_REQUESTS ?? 2000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 12);
const warmup = Number(process.env.BENCH_WARMUP ?? 5000);
for (const [n, name] of [...concurrencies.map((c) => [c, 'BENCH_CONCURRENCY']), [requests, 'BENCH_REQUESTS'], [rounds, 'BENCH_ROUNDS'], [warmup + 1, 'BENCH_WARMUP']])
  if (!Number.isInteger(n) || n < 1 || n > 1e6) throw new Error(`bench:get-in-process: ${name} must be an integer from 1 to 1000000`);
onlyLoopback('bench:get-in-process');

const dir = mkdtempSync(join(tmpdir(), 'imgur-bench-get-in-process-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const entry = join(dir, 'entry.ts');
const src = join(root, 'packages/core/src');
writeFileSync(
  entry,
  [
    `export { createImgurClient, defineOperation } from ${JSON.stringify(join(src, 'index.node.ts'))};`,
    `export { nodeTransport } from ${JSON.stringify(join(src, 'transport/node-transport.ts'))};`,
  ].join('\n'),
);
const outfile = await bundleEntry({ root, entry, outfile: join(dir, 'core.mjs') });
const core = await import(pathToFileURL(outfile).href);

const server = fork(join(root, 'bench/get/server.mjs'), [], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
const port = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
const url = `http://127.0.0.1:${port}`;
const ID = 'bEnChGeT';
const authorization = 'Client-ID bench-client-id';
const check = (data) => {
  if (data?.id !== ID) throw new Error(`unexpected answer: ${JSON.stringify(data?.id)}`);
};

const agent = new Agent({ keepAlive: true });
const transport = core.nodeTransport(() => Promise.reject(new Error('no fallback in this bench')));
const client = core.createImgurClient({ clientId: 'bench-client-id', baseUrl: url });
const fetchClient = core.createImgurClient({ clientId: 'bench-client-id', baseUrl: url, fetch: (...a) => fetch(...a) });
const getImage = core.defineOperation({ id: 'image.getImage', method: 'GET', path: '/3/image/{imageHash}', security: ['clientId'], pathParams: ['imageHash'], envelope: true });
const contenders = {
  http: () =>
    new Promise((resolve, reject) => {
      const req = httpRequest(`${url}/3/image/${ID}`, { agent, headers: { authorization } }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          try {
            check(JSON.parse(Buffer.concat(chunks).toString()).data);
            resolve();
          } catch (e) {
            reject(e);
          }
        });
      });
      req.on('error', reject);
      req.end();
    }),
  transport: async () => {
    const [, text] = await transport(`${url}/3/image/${ID}`, { method: 'GET', headers: { authorization }, maxBytes: 12 * 2 ** 20, follow: true }, undefined, 30_000);
    check(JSON.parse(text).data);
  },
  sdk: async () => check(await getImage(client, { imageHash: ID })),
  ...(process.env.BENCH_FETCH === '1' && {
    fetch: async () => {
      const res = await fetch(`${url}/3/image/${ID}`, { headers: { authorization } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      check((await res.json()).data);
    },
    'fetch-timeout': async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 30_000);
      try {
        const res = await fetch(`${url}/3/image/${ID}`, { headers: { authorization }, signal: controller.signal });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        check((await res.json()).data);
      } finally {
        clearTimeout(timer);
      }
    },
    'sdk-fetch': async () => check(await getImage(fetchClient, { imageHash: ID })),
  }),
};
const names = Object.keys(contenders);
const loadAtStart = loadavg();
let results;
try {
  results = await measureInterleaved(contenders, { concurrencies, rounds, requests, warmup });
} finally {
  server.kill();
}
const loadAtEnd = loadavg();
const ratio = (c, name, ref, key) => results[c][name][key] / results[c][ref][key];
const lines = [
  `Measured ${new Date().toISOString().slice(0, 10)} with \`pnpm bench:get-in-process\` on Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'} (load average ${loadAtStart.map((x) => x.toFixed(1)).join(' ')} at the start, ${loadAtEnd.map((x) => x.toFixed(1)).join(' ')} at the end); ${rounds} interleaved batches of ${requests} calls per contender and concurrency, medians.`,
  '',
  `| contender | reference | CPU µs/call (c=${concurrencies.join(' / ')}) | CPU × reference | throughput × reference |`,
  '|---|---|---:|---:|---:|',
];
for (const name of names) {
  const ref = name === 'fetch-timeout' || name === 'sdk-fetch' ? 'fetch' : 'http';
  const f = (fn) => concurrencies.map(fn).join(' / ');
  lines.push(
    `| ${name} | ${ref} | ${f((c) => results[c][name].cpuUsPerCall.toFixed(0))} | ${f((c) => ratio(c, name, ref, 'cpuUsPerCall').toFixed(2))} | ${f((c) => (1 / ratio(c, name, ref, 'msPerCall')).toFixed(2))} |`,
  );
}
const file = writeResult(resultsDir(root), 'get-in-process.md', `${lines.join('\n')}\n`);
console.log(`${lines.join('\n')}\n\nwrote ${file}`);
process.exit(0);
