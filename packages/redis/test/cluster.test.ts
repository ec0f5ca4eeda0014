import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { ImgurUsageError, createImgurClient, defineOperation, getCredits } from '@imgur-ts/core';
import { ImgurStoreError, createRedisStore, storeKeys, type RedisStore } from '../src/index.js';
import { freePort, startRedis, type RedisServer } from './redis-server.js';
import { startStandIn } from './imgur-stand-in.js';
import { startWorker, stopWorker, type Worker } from './workers.js';

let redis: RedisServer;
const workers: Worker[] = [];
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  redis = await startRedis();
});
afterEach(async () => {
  for (const w of workers.splice(0)) stopWorker(w);
  for (const close of closers.splice(0)) await close();
});
afterAll(async () => {
  await redis?.dispose();
});

async function standIn(options: Parameters<typeof startStandIn>[0] = {}) {
  const server = await startStandIn(options);
  closers.push(server.close);
  return server;
}
function store(clientId: string, extra: Partial<Parameters<typeof createRedisStore>[0]> = {}): RedisStore {
  const s = createRedisStore({ redis: redis.url, clientId, ...extra });
  closers.push(() => s.close());
  return s;
}
async function fork(config: Record<string, unknown>): Promise<Worker> {
  const w = await startWorker({ redis: redis.url, ...config });
  workers.push(w);
  return w;
}

describe('@imgur-ts/redis across 4 worker processes (real redis-server, real HTTP)', () => {
  it('4 workers x 100 concurrent calls on an expired token: 1 refresh request, the same new tokens everywhere, onTokens once', async () => {
    const server = await standIn();
    const clientId = `client-${randomUUID()}`;
    const base = { scenario: 'refresh', clientId, baseUrl: server.url, accessToken: 'expired-access', refreshToken: 'refresh-0', calls: 100 };
    const ws = await Promise.all([0, 1, 2, 3].map((id) => fork({ ...base, id })));
    for (const w of ws) w.go();
    const results = await Promise.all(ws.map((w) => w.result));
    expect(server.stats.refreshes).toBe(1);
    expect(results.flatMap((r) => r.results).filter((r) => !r.ok)).toEqual([]);
    expect(results.reduce((n, r) => n + r.results.length, 0)).toBe(400);
    expect(results.map((r) => r.onTokens).reduce((a, b) => a! + b!, 0)).toBe(1);
    expect([...server.stats.lastToken.values()]).toEqual(['access-1', 'access-1', 'access-1', 'access-1']);
    expect(await store(clientId).backend.getTokens()).toEqual({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  });

  it('4 workers sharing a budget of 60 credits make 200 calls (320 credits): at most 60 sent, every refusal an ImgurBudgetError before sending, none lost or counted twice', async () => {
    const budget = 60;
    const server = await standIn({ budget });
    const clientId = `client-${randomUUID()}`;
    const shared = store(clientId);
    const seed = createImgurClient({ clientId, baseUrl: server.url, budget: { minUserRemaining: 0 }, store: shared });
    await getCredits(seed); // costs nothing; seeds the shared snapshot (Imgur's headers) before the workers start
    // 50 calls a worker: 40 of 1 credit, 10 of 4 credits (uploads cost 10 on Imgur): 80 credits asked each, 320 in all.
    const costs = Array.from({ length: 50 }, (_, i) => (i % 5 === 0 ? 4 : 1));
    const ws = await Promise.all([0, 1, 2, 3].map((id) => fork({ scenario: 'budget', clientId, baseUrl: server.url, budget: { minUserRemaining: 0 }, costs, id })));
    for (const w of ws) w.go();
    const calls = (await Promise.all(ws.map((w) => w.result))).flatMap((r) => r.results);
    const sent = calls.filter((c) => c.ok);
    const refused = calls.filter((c) => !c.ok);
    expect(calls).toHaveLength(200);
    expect(refused.every((c) => c.budget && c.name === 'ImgurBudgetError')).toBe(true);
    expect(server.stats.overBudget).toBe(0);
    expect(server.stats.sentCredits).toBeLessThanOrEqual(budget);
    expect(sent.reduce((n, c) => n + c.cost!, 0)).toBe(server.stats.sentCredits);
    expect(sent.reduce((n, c) => n + c.cost!, 0) + refused.reduce((n, c) => n + c.cost!, 0)).toBe(320);
    expect(server.stats.sentCredits).toBeGreaterThan(budget / 2);
    // Every reservation was settled: nothing is left held.
    expect(await shared.redis.zcard(storeKeys('imgur-ts:', clientId).holds)).toBe(0);
  });

  it('the lock holder is killed (SIGKILL) mid-refresh: another worker refreshes within the lease', async () => {
    const leaseMs = 1500;
    let arrived!: () => void;
    const firstRefresh = new Promise<void>((resolve) => (arrived = resolve));
    const server = await standIn({ hangFirstRefresh: true, onRefresh: (n) => n === 1 && arrived() });
    const base = { scenario: 'refresh', clientId: `client-${randomUUID()}`, baseUrl: server.url, accessToken: 'expired-access', refreshToken: 'refresh-0', calls: 5, leaseMs };
    const [holder, other] = await Promise.all([fork({ ...base, id: 0 }), fork({ ...base, id: 1 })]);
    holder.go();
    await firstRefresh; // the holder took the lock; its refresh request hangs
    const lockedAt = Date.now();
    other.go();
    await sleep(200);
    process.kill(holder.child.pid!, 'SIGKILL');
    const { results, onTokens } = await other.result;
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(Date.now() - lockedAt).toBeGreaterThanOrEqual(leaseMs - 100); // it waited for the lease,
    expect(Date.now() - lockedAt).toBeLessThan(leaseMs + 1500); // and not much longer
    expect(server.stats.refreshes).toBe(2);
    expect(onTokens).toBe(1);
    expect(server.stats.lastToken.get('1')).toBe('access-2');
  });

  it('Redis stopped and restarted mid-run: calls fail fast with ImgurStoreError, then recover; nothing hangs', async () => {
    const server = await standIn();
    // Phases end on progress, not on fixed sleeps, so a loaded machine only makes them longer.
    const served = async (atLeast: number) => {
      const giveUpAt = Date.now() + 120_000;
      while (server.stats.sentCredits < atLeast) {
        if (Date.now() > giveUpAt) throw new Error(`the stand-in served ${server.stats.sentCredits} calls in 120 s, waiting for ${atLeast}`);
        await sleep(20);
      }
    };
    const w = await fork({ scenario: 'loop', clientId: `client-${randomUUID()}`, baseUrl: server.url, budget: { minUserRemaining: 0 }, durationMs: 300_000, id: 0 });
    w.go();
    await served(12);
    const stopping = Date.now();
    await redis.stop();
    // Taken once the server has exited: calls started before that may still have been served (under load it takes a while).
    const stoppedAt = Date.now();
    await sleep(2000);
    const restartedAt = Date.now();
    await redis.start();
    const startedAgain = Date.now();
    await served(server.stats.sentCredits + 8);
    w.stop();
    const { results } = await w.result;
    // Calls that ended before Redis was stopped all succeeded; from the first success after the restart on, all succeed.
    const before = results.filter((r) => r.at! + r.ms < stopping);
    const during = results.filter((r) => r.at! > stoppedAt + 100 && r.at! + r.ms < restartedAt);
    const recovered = results.find((r) => r.at! > startedAgain && r.ok)?.at ?? Number.POSITIVE_INFINITY;
    const after = results.filter((r) => r.at! >= recovered);
    expect(before.length).toBeGreaterThan(5);
    expect(before.every((r) => r.ok)).toBe(true);
    expect(during.length).toBeGreaterThan(0);
    for (const r of during) {
      expect(r.name).toBe('ImgurStoreError');
      expect(r.message).toMatch(/^GET \/3\/cost\/1 \(cost\.1\): Redis store: (reserving|settling) credits failed: /);
    }
    expect(after.length).toBeGreaterThan(5);
    expect(after.every((r) => r.ok)).toBe(true);
    expect(Math.max(...results.map((r) => r.ms))).toBeLessThan(2500); // commandTimeout is 2 s
  });

  it('an ETag cached by one worker serves a 304 in another, once the route has shown an ETag there', async () => {
    const server = await standIn();
    const base = { scenario: 'etag', clientId: `client-${randomUUID()}`, baseUrl: server.url };
    const first = await fork({ ...base, id: 0, ids: ['a'] });
    first.go();
    const a = await first.result;
    const second = await fork({ ...base, id: 1, ids: ['b', 'a'] });
    second.go();
    const b = await second.result;
    expect(a.results[0]).toMatchObject({ ok: true, data: { cached: 'body of "v1-a"' } });
    expect(b.results.map((r) => r.data)).toEqual([{ cached: 'body of "v1-b"' }, { cached: 'body of "v1-a"' }]);
    expect(server.stats.notModified).toBe(1); // the second worker's GET of a, answered from the first worker's entry
  });
});

describe('keys and secrets', () => {
  it('every key is named after hashes only and has a TTL; the lock is gone after a refresh', async () => {
    const server = await standIn();
    const clientId = `client-id-${randomUUID()}`;
    const s = store(clientId, { prefix: 'secrets-test:' });
    const client = createImgurClient({
      clientId,
      clientSecret: 'the-client-secret',
      accessToken: 'expired-access',
      refreshToken: 'refresh-0',
      baseUrl: server.url,
      budget: { minUserRemaining: 0 },
      store: s,
    });
    const me = defineOperation<Record<string, never>, unknown>({ id: 'account.me', method: 'GET', path: '/3/account/me', security: ['bearer'], envelope: true });
    const cached = defineOperation<Record<string, never>, unknown>({ id: 'cached.get', method: 'GET', path: '/3/cached', security: ['bearer'], envelope: true });
    await me(client);
    await cached(client);
    const keys = await s.redis.keys('secrets-test:*');
    const k = storeKeys('secrets-test:', clientId);
    expect(keys.filter((key) => !key.includes(':etag:')).sort()).toEqual([k.rate, k.tokens]); // settled holds leave no key
    expect(keys.filter((key) => /:etag:[0-9a-f]{64}$/.test(key))).toHaveLength(1);
    for (const key of keys) {
      for (const secret of [clientId, 'the-client-secret', 'access-1', 'refresh-1', 'expired-access', 'refresh-0']) expect(key).not.toContain(secret);
      expect(await s.redis.pttl(key)).toBeGreaterThan(0);
    }
    expect(await s.redis.pttl(k.tokens)).toBeGreaterThan(29 * 24 * 3600_000);
  });

  it('a store error names the operation, never a token; bad options are ImgurUsageError', async () => {
    const dead = createRedisStore({ redis: `redis://127.0.0.1:${await freePort()}`, clientId: 'some-client', connectWaitMs: 100 });
    closers.push(() => dead.close());
    const client = createImgurClient({
      clientId: 'some-client',
      clientSecret: 'the-client-secret',
      accessToken: 'expired-access-token',
      refreshToken: 'refresh-token-0',
      baseUrl: 'http://127.0.0.1:9',
      budget: { minUserRemaining: 0 },
      store: dead,
    });
    const me = defineOperation<Record<string, never>, unknown>({ id: 'account.me', method: 'GET', path: '/3/account/me', security: ['bearer'], envelope: true });
    client.setTokens({ accessToken: 'set-access-token' });
    const error = await me(client).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(ImgurStoreError);
    expect(error!.message).toMatch(/^GET \/3\/account\/me \(account\.me\): Redis store: /);
    for (const secret of ['the-client-secret', 'expired-access-token', 'refresh-token-0', 'set-access-token'])
      expect(JSON.stringify({ m: error!.message, s: error!.stack })).not.toContain(secret);
    expect(() => createRedisStore({ redis: redis.url, clientId: '' })).toThrow(ImgurUsageError);
    expect(() => createRedisStore({ redis: '', clientId: 'x' })).toThrow(/redis must be/);
  });
});
