#!/usr/bin/env node
// pnpm bench:load — load run of the SDK against the mock server. Not a test:
// it reports throughput, latency per request kind and errors, then reads every
// upload back (by id and by link bytes). Writes bench/results/load.json and
// load.md. The mock runs in a child process that is always stopped.
// Env: BENCH_LOAD_REQUESTS (10000), BENCH_LOAD_CONCURRENCY (50),
// BENCH_LOAD_UPLOAD_SHARE (0.2), BENCH_LOAD_TIME_LIMIT_S (120, then stop and
// report partial), BENCH_LOAD_VERIFY_LIMIT_S (60), BENCH_LOAD_OUT (bench/results).
// Exit 0 when there were no errors and no upload was lost, 1 otherwise, 2 on bad settings.
import { execFileSync, fork } from 'node:child_process';
import { setMaxListeners } from 'node:events';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeResults } from './report.mjs';
import { load, root } from './sdk.mjs';
import { summarize } from './stats.mjs';
import { verifyUploads } from './verify.mjs';
import { createWorkload, planRequests } from './workload.mjs';

function setting(name, fallback, min, max, integer = true) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    console.error(`bench:load: ${name}=${JSON.stringify(raw)} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`);
    process.exit(2);
  }
  return n;
}

const config = {
  requests: setting('BENCH_LOAD_REQUESTS', 10_000, 1, 1_000_000),
  concurrency: setting('BENCH_LOAD_CONCURRENCY', 50, 1, 1000),
  uploadShare: setting('BENCH_LOAD_UPLOAD_SHARE', 0.2, 0, 1, false),
  timeLimitS: setting('BENCH_LOAD_TIME_LIMIT_S', 120, 1, 3600),
  verifyLimitS: setting('BENCH_LOAD_VERIFY_LIMIT_S', 60, 1, 3600),
  albums: 10,
  uploadsBeforeRun: 20,
  seed: 42,
  sdkRetries: 0,
};
const outDir = process.env.BENCH_LOAD_OUT || join(root, 'bench/results');
const overrides = Object.keys(process.env)
  .filter((k) => k.startsWith('BENCH_LOAD_'))
  .sort()
  .map((k) => `${k}=${process.env[k]} `)
  .join('');
const command = `${overrides}node bench/load/run.mjs`;
const auth = { baseUrl: '', clientId: 'mock-client-id', accessToken: 'mock-access-token', retries: config.sdkRetries };

const sdk = {
  ...(await load('@imgur-ts/core')),
  image: await load('@imgur-ts/image'),
  album: await load('@imgur-ts/album'),
  account: await load('@imgur-ts/account'),
};

// The mock in a child process; whatever happens below, it is stopped.
const child = fork(fileURLToPath(new URL('mock-child.mjs', import.meta.url)), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const childExited = new Promise((resolve) => child.once('exit', resolve));
const ask = (msg, key, ms) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the mock did not answer ${JSON.stringify(msg ?? 'start')} within ${ms} ms`)), ms);
    const on = (m) => {
      if (m && typeof m === 'object' && key in m) {
        clearTimeout(timer);
        child.off('message', on);
        resolve(m);
      }
    };
    child.on('message', on);
    childExited.then(() => reject(new Error('the mock process exited')));
    if (msg) child.send(msg);
  });
async function stopChild() {
  if (child.exitCode !== null || child.signalCode !== null) return;
  if (child.connected) child.send('close');
  const killed = setTimeout(() => child.kill('SIGKILL'), 5000);
  await childExited;
  clearTimeout(killed);
}
for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => stopChild().finally(() => process.exit(130)));
const watchdog = setTimeout(
  () => {
    console.error('bench:load: overall time cap exceeded; stopping');
    child.kill('SIGKILL');
    process.exit(1);
  },
  (config.timeLimitS + config.verifyLimitS + 60) * 1000,
);
watchdog.unref();

let exitCode = 1;
try {
  const { url } = await ask(undefined, 'url', 20_000);
  auth.baseUrl = url;
  console.log(`bench:load: mock on ${url}; ${config.requests} requests, ${config.concurrency} clients, ${config.uploadShare * 100} % uploads, cap ${config.timeLimitS} s`);
  exitCode = await run(url);
} catch (e) {
  console.error(`bench:load failed: ${e.message}`);
} finally {
  await stopChild();
  clearTimeout(watchdog);
}
process.exitCode = exitCode;

async function run(url) {
  const owner = sdk.createImgurClient(auth);
  const albums = [];
  for (let i = 0; i < config.albums; i++) albums.push((await sdk.album.createAlbum(owner, { title: `load album ${i}` })).id);
  const work = createWorkload({ sdk, albums, seed: config.seed });
  for (let i = 0; i < config.uploadsBeforeRun; i++) await work.upload(owner);

  const plan = planRequests(config.requests, config.uploadShare, config.seed);
  const clients = Array.from({ length: config.concurrency }, () => sdk.createImgurClient(auth));
  const latency = { upload: [], getImage: [], getAlbum: [], getAccountImages: [] };
  const errorsByMessage = {};
  let errorCount = 0;
  let aborted = 0;
  let abortedUploads = 0;
  let next = 0;
  const stop = new AbortController();
  setMaxListeners(config.concurrency * 4 + 10, stop.signal); // every in-flight call listens to it
  const cap = setTimeout(() => stop.abort(), config.timeLimitS * 1000);
  const loadBefore = Math.round(loadavg()[0] * 100) / 100;
  const cpuBefore = process.cpuUsage();
  const mockCpuBefore = (await ask('cpu', 'cpu', 5000)).cpu;
  const started = performance.now();
  await Promise.all(
    clients.map(async (client) => {
      while (!stop.signal.aborted && next < plan.length) {
        const kind = plan[next++];
        const t0 = performance.now();
        try {
          await work.perform(client, kind, stop.signal);
          latency[kind].push(performance.now() - t0);
        } catch (e) {
          if (stop.signal.aborted) {
            aborted += 1;
            if (kind === 'upload') abortedUploads += 1; // may still have been stored by the mock
          } else {
            errorCount += 1;
            const key = `${kind}: ${e.status ? `HTTP ${e.status} ` : ''}${e.name}: ${e.message}`.slice(0, 300);
            errorsByMessage[key] = (errorsByMessage[key] ?? 0) + 1;
          }
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  clearTimeout(cap);
  const cpu = process.cpuUsage(cpuBefore);
  const mockCpuAfter = (await ask('cpu', 'cpu', 5000)).cpu;
  const completed = Object.values(latency).reduce((n, l) => n + l.length, 0);
  console.log(`bench:load: ${completed} requests in ${elapsed.toFixed(2)} s; verifying ${work.uploads.length} uploads`);

  const verification = await verifyUploads({ sdk, client: owner, uploads: work.uploads, concurrency: config.concurrency, timeLimitS: config.verifyLimitS });
  const snapshot = await (await fetch(`${url}/__mock/snapshot`)).json();
  const accountImageCount = await sdk.account.getImageCount(owner, { username: 'me' });

  const result = {
    date: new Date().toISOString(),
    command,
    commit: gitCommit(),
    machine: {
      cpuModel: cpus()[0]?.model ?? 'unknown',
      cpus: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      os: `${platform()} ${release()}`,
      node: process.versions.node,
      loadAverage1m: { before: loadBefore, after: Math.round(loadavg()[0] * 100) / 100 },
    },
    mockUrl: url,
    config,
    partial: stop.signal.aborted,
    completed,
    abortedInFlight: aborted,
    abortedUploads,
    notStarted: Math.max(0, plan.length - next),
    elapsedSeconds: Math.round(elapsed * 1000) / 1000,
    throughputPerSecond: Math.round((completed / elapsed) * 10) / 10,
    latency: { ...Object.fromEntries(Object.entries(latency).map(([k, v]) => [k, summarize(v)])), overall: summarize(Object.values(latency).flat()) },
    errors: { total: errorCount, byMessage: errorsByMessage },
    uploads: { total: work.uploads.length, beforeRun: config.uploadsBeforeRun, inRun: work.uploads.length - config.uploadsBeforeRun },
    verification: { ...verification, mockImages: snapshot.data?.images?.length ?? snapshot.images?.length ?? null, accountImageCount },
    cpu: {
      clientsSeconds: Math.round((cpu.user + cpu.system) / 1e4) / 100,
      mockSeconds: Math.round((mockCpuAfter.user + mockCpuAfter.system - mockCpuBefore.user - mockCpuBefore.system) / 1e4) / 100,
    },
  };
  const [jsonPath, mdPath] = writeResults(outDir, result);
  const o = result.latency.overall;
  console.log(
    `bench:load: ${result.throughputPerSecond} req/s, p50 ${o.p50Ms} ms, p99 ${o.p99Ms} ms, ${errorCount} errors, ` +
      `${verification.ok}/${work.uploads.length} uploads read back, ${verification.lost.length} lost${result.partial ? ' (PARTIAL: time cap)' : ''}`,
  );
  console.log(`bench:load: wrote ${jsonPath} and ${mdPath}`);
  // an upload cut by the time cap may have been stored without the client seeing its answer
  const expected = (n) => n >= work.uploads.length && n <= work.uploads.length + abortedUploads;
  const counted = expected(result.verification.mockImages) && expected(accountImageCount);
  if (!counted)
    console.error(
      `bench:load: the mock holds ${result.verification.mockImages} images and the account reports ${accountImageCount}, expected ${work.uploads.length} (+ up to ${abortedUploads} cut by the cap)`,
    );
  return errorCount === 0 && verification.lost.length === 0 && !verification.timedOut && counted ? 0 : 1;
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}
