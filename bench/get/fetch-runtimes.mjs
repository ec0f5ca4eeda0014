#!/usr/bin/env node
// pnpm bench:get-fetch — the fetch transport against raw fetch where it is the default transport: under Deno and
// Bun (and under Node, from the same runtime-neutral build). Each runtime runs bench/get/fetch-client.mjs, which
// times, in one process with batches interleaved: raw `fetch` + `res.json()`, the same with a 30 s
// AbortController timeout, that with the nine rate-limit headers read, the body read with a byte limit and the
// envelope checked (the features' row: the least any client with the SDK's defaults does), and `getImage`
// through core's default client (timeout armed, rate-limit parsing, body limit, retries armed, redaction ready),
// all against bench/get/server.mjs (the image of bench:get, in a Node process).
// Core is bundled from packages/core/src/index.ts (esbuild), the entry Deno, Bun and workers load.
// Env: BENCH_RUNTIMES (default "node,deno,bun"; a runtime whose binary is not installed is reported as missing),
// BENCH_CONCURRENCY (default "1,10,50"), BENCH_REQUESTS per batch (default 1000), BENCH_ROUNDS (default 8),
// BENCH_WARMUP (calls per contender before the first batch, default 3000).
// Writes bench/results/get-fetch.md (or BENCH_RESULTS_DIR). Reports only.
import { execFile, fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { bundleEntry } from '../lib/bundle-entry.mjs';
import { resultsDir, writeResult } from '../lib/results-dir.mjs';
import { runtimeBinary } from '../lib/runtime-binary.mjs';

const root = new URL('../..', import.meta.url).pathname;
const runtimes = (process.env.BENCH_RUNTIMES ?? 'node,deno,bun').split(',');
const concurrencies = (process.env.BENCH_CONCURRENCY ?? '1,10,50').split(',').map(Number);
const requests = Number(process.env.BENCH_REQUESTS ?? 1000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 8);
const warmup = Number(process.env.BENCH_WARMUP ?? 3000);
for (const [n, name] of [...concurrencies.map((c) => [c, 'BENCH_CONCURRENCY']), [requests, 'BENCH_REQUESTS'], [rounds, 'BENCH_ROUNDS'], [warmup + 1, 'BENCH_WARMUP']])
  if (!Number.isInteger(n) || n < 1 || n > 1e6) throw new Error(`bench:get-fetch: ${name} must be an integer from 1 to 1000000`);
for (const r of runtimes) if (!['node', 'deno', 'bun'].includes(r)) throw new Error(`bench:get-fetch: BENCH_RUNTIMES: unknown runtime ${JSON.stringify(r)} (node, deno or bun)`);

const dir = mkdtempSync(join(tmpdir(), 'imgur-bench-get-fetch-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const entry = join(dir, 'entry.ts');
writeFileSync(entry, `export { createImgurClient, defineOperation } from ${JSON.stringify(join(root, 'packages/core/src/index.ts'))};\n`);
const bundle = pathToFileURL(await bundleEntry({ root, entry, outfile: join(dir, 'core.mjs') })).href;

const server = fork(join(root, 'bench/get/server.mjs'), [], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
const port = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
const url = `http://127.0.0.1:${port}`;
const settings = JSON.stringify({ concurrencies, requests, rounds, warmup });
const client = join(root, 'bench/get/fetch-client.mjs');
// Each runtime with the narrowest flags that work: Deno may reach the server only, and load nothing remote.
const commands = {
  node: () => [process.execPath, []],
  deno: (bin) => [bin, ['run', '--no-remote', '--no-lock', '--no-config', `--allow-net=127.0.0.1:${port}`, `--allow-read=${dir}`]],
  bun: (bin) => [bin, ['run', '--no-install']],
};
const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, DENO_DIR: join(dir, 'deno'), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1', DO_NOT_TRACK: '1' };

const loadAtStart = loadavg();
const measured = [];
const missing = [];
try {
  for (const name of runtimes) {
    const bin = name === 'node' ? process.execPath : runtimeBinary(root, name);
    if (!bin) {
      missing.push(name);
      continue;
    }
    const [command, args] = commands[name](bin);
    const { stdout } = await promisify(execFile)(command, [...args, client, bundle, url, settings], { env, cwd: dir, timeout: 20 * 60_000, maxBuffer: 2 ** 24 });
    measured.push(JSON.parse(stdout.trim().split('\n').at(-1)));
  }
} finally {
  server.kill();
}
const loadAtEnd = loadavg();
const f = (fn) => concurrencies.map(fn).join(' / ');
const LABELS = {
  fetch: 'raw `fetch` + `res.json()`',
  'fetch-timeout': 'raw fetch, 30 s timeout',
  'fetch-features': 'raw fetch, timeout, rate-limit headers, body read with a byte limit, envelope check',
  sdk: '`getImage`, fetch transport',
};
const lines = [
  `Measured ${new Date().toISOString().slice(0, 10)} with \`pnpm bench:get-fetch\` on ${cpus().length} × ${cpus()[0]?.model ?? '?'} (load average ${loadAtStart.map((x) => x.toFixed(1)).join(' ')} at the start, ${loadAtEnd.map((x) => x.toFixed(1)).join(' ')} at the end); per runtime, one process, ${rounds} interleaved batches of ${requests} calls per contender and concurrency, medians; ratios to raw \`fetch\` in the same process.`,
  '',
  `| runtime | contender | CPU µs/call (c=${concurrencies.join(' / ')}) | CPU × fetch | throughput × fetch | CPU × the features' row |`,
  '|---|---|---:|---:|---:|---:|',
];
for (const { runtime, version, results } of measured) {
  for (const name of ['fetch', 'fetch-timeout', 'fetch-features', 'sdk']) {
    const ratio = (c, key, ref = 'fetch') => results[c][name][key] / results[c][ref][key];
    lines.push(
      `| ${runtime} ${version} | ${LABELS[name]} | ${f((c) => results[c][name].cpuUsPerCall.toFixed(0))} | ${f((c) => ratio(c, 'cpuUsPerCall').toFixed(2))} | ${f((c) => (1 / ratio(c, 'msPerCall')).toFixed(2))} | ${name === 'sdk' ? f((c) => ratio(c, 'cpuUsPerCall', 'fetch-features').toFixed(2)) : ''} |`,
    );
  }
}
if (missing.length) lines.push('', `Not installed here (\`pnpm install\` in packages/runtime-tests brings them): ${missing.join(', ')}.`);
const file = writeResult(resultsDir(root), 'get-fetch.md', `${lines.join('\n')}\n`);
console.log(`${lines.join('\n')}\n\nwrote ${file}`);
process.exit(0);
