#!/usr/bin/env node
// pnpm bench:cluster — many worker processes sharing one client through
// @imgur-ts/redis, against @imgur-ts/mock. Not a test: it runs
//  1. 4 workers x 100 concurrent calls on an expired token (counts the refresh
//     requests that reach the mock's token endpoint, and onTokens calls);
//  2. 4 workers sharing a budget of BENCH_CLUSTER_BUDGET credits (default 150)
//     asking for 200 (counts what the mock charged, and 429s);
//  3. the per-call overhead of the Redis store (budget reservation and settle)
//     against the in-memory default: 2 x 500 sequential calls each, median and p99.
// Prints `workers=4 calls=400 refreshes=R budget=N sent_credits=S over_budget=O lost=L`
// and the overhead, and writes the "Many workers over Redis" section of
// BENCHMARKS.md. Starts its own redis-server (127.0.0.1, free port, no
// persistence) and mock, and stops both. Exit 1 when refreshes != 1,
// over_budget > 0 or lost > 0.
import { fork, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { startMockServer } = await import(join(root, 'packages/mock/dist/index.js'));
const workerScript = join(root, 'packages/redis/test/worker.mjs');
const BUDGET = Number(process.env.BENCH_CLUSTER_BUDGET ?? 150);
if (!Number.isInteger(BUDGET) || BUDGET < 1 || BUDGET > 10_000) {
  console.error(`bench:cluster: BENCH_CLUSTER_BUDGET=${process.env.BENCH_CLUSTER_BUDGET} must be an integer from 1 to 10000`);
  process.exit(2);
}
const WORKERS = 4;
const cleanup = [];

async function freePort() {
  const s = createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

async function startRedis() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'bench-redis-'));
  const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  cleanup.push(async () => {
    if (proc.exitCode === null) {
      const exited = new Promise((r) => proc.once('exit', r));
      process.kill(proc.pid, 'SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });
  await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('redis-server did not start within 10 s (bash scripts/ensure-redis.sh installs it)')), 10_000);
    proc.once('error', (e) => reject(new Error(`redis-server: ${e.message} (bash scripts/ensure-redis.sh installs it)`)));
    proc.stdout.on('data', (c) => {
      out += c;
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return `redis://127.0.0.1:${port}`;
}

/** A proxy in front of the mock that counts requests to the token endpoint, to `path`, and 429 answers. */
async function countingProxy(target, path) {
  const counts = { refreshes: 0, sent: 0, tooMany: 0 };
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    if (req.method === 'POST' && req.url.startsWith('/oauth2/token')) counts.refreshes++;
    if (req.url === path) counts.sent++;
    const out = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      if (answer.statusCode === 429) counts.tooMany++;
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    });
    out.on('error', () => res.destroy());
    req.pipe(out);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  cleanup.push(() => new Promise((r) => server.close(r).closeAllConnections()));
  return { url: `http://127.0.0.1:${server.address().port}`, counts };
}

function worker(config) {
  const child = fork(workerScript, [JSON.stringify(config)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  cleanup.push(async () => child.exitCode === null && child.signalCode === null && process.kill(child.pid, 'SIGKILL'));
  let ready;
  const isReady = new Promise((r) => (ready = r));
  const result = new Promise((resolve, reject) => {
    child.on('message', (m) => (m.type === 'ready' ? ready() : m.type === 'result' && resolve(m)));
    child.once('exit', (code) => reject(new Error(`worker exited (${code}) before its result`)));
  });
  result.catch(() => undefined);
  return Promise.race([isReady, result]).then(() => ({ go: () => child.send('go'), result }));
}

async function all(configs) {
  const ws = await Promise.all(configs.map(worker));
  for (const w of ws) w.go();
  return Promise.all(ws.map((w) => w.result));
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

try {
  const redis = await startRedis();
  const PATH = '/3/account/imgur-mock-user'; // 1 credit on the mock
  const client = { clientId: 'mock-client-id', clientSecret: 'mock-client-secret', redis };
  const budget = { minUserRemaining: 0 };

  // 1. One refresh for 4 workers x 100 concurrent calls on an expired token.
  const mock = await startMockServer({ port: 0, host: '127.0.0.1' });
  cleanup.push(() => mock.close());
  const proxy = await countingProxy(mock.url, PATH);
  mock.expireTokens();
  const refresh = await all(
    [...Array(WORKERS).keys()].map((id) => ({
      ...client,
      baseUrl: proxy.url,
      id,
      scenario: 'refresh',
      calls: 100,
      accessToken: 'mock-access-token',
      refreshToken: 'mock-refresh-token',
    })),
  );
  const refreshCalls = refresh.flatMap((r) => r.results);
  const refreshFailed = refreshCalls.filter((r) => !r.ok);
  const onTokens = refresh.reduce((n, r) => n + r.onTokens, 0);

  // 2. BUDGET user credits left (the mock's per-IP limit, less the 1 credit of the getCredits() that seeds the shared snapshot), 200 calls of 1 credit asked.
  const limited = await startMockServer({ port: 0, host: '127.0.0.1', rateLimits: { userLimit: BUDGET + 1, clientLimit: 12_500, postLimit: 1250, resetSeconds: 3600 } });
  cleanup.push(() => limited.close());
  const counted = await countingProxy(limited.url, PATH);
  const { createImgurClient, getCredits } = await import(join(root, 'packages/core/dist/index.node.js'));
  const { createRedisStore } = await import(join(root, 'packages/redis/dist/index.js'));
  const shared = createRedisStore({ redis, clientId: 'mock-client-id' });
  cleanup.push(() => shared.close());
  const seeded = await getCredits(createImgurClient({ clientId: 'mock-client-id', baseUrl: counted.url, budget, store: shared }));
  if (seeded.UserRemaining !== BUDGET) throw new Error(`expected ${BUDGET} credits after seeding, the mock reports ${seeded.UserRemaining}`);
  const asked = 200 / WORKERS;
  const spent = await all([...Array(WORKERS).keys()].map((id) => ({ ...client, baseUrl: counted.url, id, scenario: 'budget', path: PATH, costs: Array(asked).fill(1), budget })));
  const calls = spent.flatMap((r) => r.results);
  const sent = calls.filter((c) => c.ok).length;
  const refused = calls.filter((c) => c.budget).length;
  const other = calls.filter((c) => !c.ok && !c.budget);
  const sentCredits = counted.counts.sent;
  const overBudget = counted.counts.tooMany;
  // Calls neither answered nor refused before sending, plus any difference between calls that succeeded and requests that reached the mock.
  const lost = 200 - sent - refused - overBudget + Math.abs(sent + overBudget - sentCredits);

  // 3. Per-call overhead: 500 sequential calls with the Redis store vs the in-memory default.
  await shared.redis.flushdb(); // this run's own redis-server: forget the spent budget of run 2
  const roomy = await startMockServer({ port: 0, host: '127.0.0.1', rateLimits: { userLimit: 1_000_000, clientLimit: 1_000_000, postLimit: 1250, resetSeconds: 3600 } });
  cleanup.push(() => roomy.close());
  // Two alternating rounds per kind, each in a fresh worker after 200 unmeasured calls.
  const samples = { memory: [], redis: [] };
  for (const round of [0, 1]) {
    for (const kind of round === 0 ? ['memory', 'redis'] : ['redis', 'memory']) {
      const [r] = await all([
        { ...client, baseUrl: roomy.url, id: 0, scenario: 'sequential', warmup: 200, calls: 500, path: PATH, budget, store: kind === 'memory' ? 'none' : undefined, etag: false },
      ]);
      const ok = r.results.filter((x) => x.ok);
      if (ok.length !== 500) throw new Error(`${kind}: ${500 - ok.length} of 500 sequential calls failed: ${r.results.find((x) => !x.ok)?.name}`);
      samples[kind].push(...ok.map((x) => x.ms));
    }
  }
  const timing = {};
  for (const kind of ['memory', 'redis']) {
    const ms = samples[kind].sort((a, b) => a - b);
    timing[kind] = { median: percentile(ms, 50), p99: percentile(ms, 99) };
  }
  const fmt = (n) => n.toFixed(2);
  const line = `workers=${WORKERS} calls=${refreshCalls.length} refreshes=${proxy.counts.refreshes} budget=${BUDGET} sent_credits=${sentCredits} over_budget=${overBudget} lost=${lost}`;
  const overhead = `per-call overhead of the Redis store (budget reserve + settle, 2 round trips; ETag cache off): median +${fmt(timing.redis.median - timing.memory.median)} ms (${fmt(timing.memory.median)} -> ${fmt(timing.redis.median)} ms), p99 +${fmt(timing.redis.p99 - timing.memory.p99)} ms (${fmt(timing.memory.p99)} -> ${fmt(timing.redis.p99)} ms)`;
  console.log(line);
  console.log(
    `refresh run: ${refreshFailed.length} failed calls, onTokens fired ${onTokens} time(s); budget run: ${sent} sent, ${refused} refused with ImgurBudgetError, ${other.length} other errors`,
  );
  console.log(overhead);

  const date = new Date().toISOString().slice(0, 10);
  const section = `## Many workers over Redis

Measured on ${date} with \`pnpm bench:cluster\` (\`bench/cluster/run.mjs\`; ${cpus().length} cores, shared): ${WORKERS} worker processes
(\`packages/redis/test/worker.mjs\` over the built packages), one \`redis-server\` on 127.0.0.1 and \`@imgur-ts/mock\`.

\`\`\`
${line}
\`\`\`

- Refresh: ${WORKERS} workers x 100 concurrent calls on an expired token; \`refreshes\` counts the requests that reached the
  mock's token endpoint (a counting proxy in front of it). ${refreshFailed.length} calls failed; \`onTokens\` fired ${onTokens} time(s) in all.
- Budget: ${BUDGET} user credits left on the mock after one \`getCredits()\` (1 credit there) seeded the shared snapshot; the
  workers ask for 200 calls of 1 credit. \`sent_credits\` counts the requests that reached the mock (1 credit each), \`over_budget\` the 429s it answered, \`lost\` the calls neither sent nor
  refused (or sent and not counted). ${sent} calls were sent, ${refused} refused with \`ImgurBudgetError\` before sending.
- Overhead: 2 x 500 sequential calls (alternating rounds, each after 200 unmeasured calls) (\`GET /3/account/{username}\`, 1 credit, with a budget) in one worker,
  Redis store vs no store (the in-memory default): median ${fmt(timing.memory.median)} -> ${fmt(timing.redis.median)} ms (+${fmt(timing.redis.median - timing.memory.median)} ms),
  p99 ${fmt(timing.memory.p99)} -> ${fmt(timing.redis.p99)} ms (+${fmt(timing.redis.p99 - timing.memory.p99)} ms) per call. The Redis store adds two round trips per request
  with a budget (reserve, settle), one or two with its ETag cache (off here), and none for tokens until a refresh.
`;
  const file = join(root, 'BENCHMARKS.md');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('## Many workers over Redis');
  const next = start < 0 ? -1 : text.indexOf('\n## ', start + 1);
  writeFileSync(file, start < 0 ? `${text.trimEnd()}\n\n${section}` : `${text.slice(0, start)}${section}${next < 0 ? '' : text.slice(next)}`);
  console.log('BENCHMARKS.md: "Many workers over Redis" written');
  process.exitCode = proxy.counts.refreshes === 1 && overBudget === 0 && lost === 0 ? 0 : 1;
} finally {
  for (const step of cleanup.reverse()) await step().catch(() => undefined);
}
