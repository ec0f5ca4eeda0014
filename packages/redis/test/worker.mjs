// A worker process of the cluster tests and of `pnpm bench:cluster`: one
// Imgur client over the built packages, sharing a Redis store (or its own
// in-memory state with `store: 'none'`). Config: JSON in argv[2]. Talks to
// its parent over IPC: sends `ready`, waits for `go`, runs, sends `result`
// (the `loop` scenario also ends early on `stop`).
import { ImgurBudgetError, createImgurClient, defineOperation } from '@imgur-ts/core';
import { createRedisStore } from '../dist/index.js';

const config = JSON.parse(process.argv[2]);
const store = config.store === 'none' ? undefined : createRedisStore({ redis: config.redis, clientId: config.clientId, leaseMs: config.leaseMs, pollMs: 20, etag: config.etag });
let onTokens = 0;
const client = createImgurClient({
  clientId: config.clientId,
  clientSecret: config.clientSecret ?? 'stand-in-secret',
  accessToken: config.accessToken,
  refreshToken: config.refreshToken,
  baseUrl: config.baseUrl,
  budget: config.budget,
  store,
  retries: 0,
  onTokens: () => void onTokens++,
});
const headers = { 'x-worker': String(config.id) };
const me = defineOperation({ id: 'account.me', method: 'GET', path: '/3/account/me', security: ['bearer'], envelope: true });
const cached = defineOperation({ id: 'cached.get', method: 'GET', path: '/3/cached/{id}', security: ['clientId'], envelope: true, pathParams: ['id'] });
const costs = new Map();
// `GET /3/cost/{n}` of the tests' stand-in, or `config.path` (a route of the mock, 1 credit).
const costing = (n) =>
  costs.get(n) ?? costs.set(n, defineOperation({ id: `cost.${n}`, method: 'GET', path: config.path ?? `/3/cost/${n}`, security: ['clientId'], envelope: true, credits: n })).get(n);
const outcome = (started) => [
  (data) => ({ ok: true, data, ms: performance.now() - started }),
  (error) => ({ ok: false, name: error?.name, budget: error instanceof ImgurBudgetError, message: String(error?.message), ms: performance.now() - started }),
];
const timed = (promise) => {
  const started = performance.now();
  return promise.then(...outcome(started));
};

async function run() {
  switch (config.scenario) {
    case 'refresh': {
      const results = await Promise.all(Array.from({ length: config.calls }, () => timed(me(client, {}, { headers }))));
      return { results: results.map(({ ok, name, message, ms }) => ({ ok, name, message, ms })), onTokens };
    }
    case 'budget': {
      const results = await Promise.all(config.costs.map((n) => timed(costing(n)(client, {}, { headers })).then((r) => ({ ...r, cost: n }))));
      return { results: results.map(({ ok, budget, name, message, cost, ms }) => ({ ok, budget, name, message, cost, ms })) };
    }
    case 'sequential': {
      // One call after the other, for the per-call overhead.
      const results = [];
      for (let i = 0; i < (config.warmup ?? 0); i++) await costing(1)(client, {}, { headers }); // not measured: JIT, connections
      for (let i = 0; i < config.calls; i++) results.push(await timed(costing(1)(client, {}, { headers })));
      return { results: results.map(({ ok, name, ms }) => ({ ok, name, ms })) };
    }
    case 'loop': {
      const results = [];
      // Runs until `durationMs` has passed or the parent sends `stop`, whichever comes first.
      const end = Date.now() + config.durationMs;
      while (Date.now() < end && !stopped) {
        const at = Date.now();
        results.push({ at, ...(await timed(costing(1)(client, {}, { headers }))) });
        await new Promise((r) => setTimeout(r, 20));
      }
      return { results: results.map(({ at, ok, name, message, ms }) => ({ at, ok, name, message, ms })) };
    }
    case 'etag': {
      // One after the other: a route's first response with an ETag lets the next GETs of the route ask the store.
      const results = [];
      for (const id of config.ids) results.push(await timed(cached(client, { id }, { headers })));
      return { results };
    }
    default:
      throw new Error(`unknown scenario ${config.scenario}`);
  }
}

let stopped = false;
process.on('message', async (message) => {
  if (message === 'stop') stopped = true;
  if (message !== 'go') return;
  const result = await run();
  process.send({ type: 'result', ...result }, () => {
    store?.close();
    process.disconnect();
  });
});
if (store) await store.redis.ping().catch(() => undefined);
process.send({ type: 'ready' });
