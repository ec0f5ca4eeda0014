import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImgurClient, defineOperation, type ImgurClientOptions } from '@imgur-ts/core';
import { createRedisStore, type RedisStore } from '../src/index.js';
import { startRedis, type RedisServer } from './redis-server.js';
import { startStandIn } from './imgur-stand-in.js';

// Which calls ask Redis, counted by the commands Redis itself reports (INFO commandstats).

let redis: RedisServer;
let counter: Redis;
let server: Awaited<ReturnType<typeof startStandIn>>;
const stores: RedisStore[] = [];

beforeAll(async () => {
  [redis, server] = await Promise.all([startRedis(), startStandIn()]);
  counter = new Redis(redis.url);
});
afterAll(async () => {
  for (const s of stores) await s.close();
  counter?.disconnect();
  await server?.close();
  await redis?.dispose();
});

const plain = defineOperation<Record<string, never>, unknown>({ id: 'cost.1', method: 'GET', path: '/3/cost/1', security: ['clientId'], envelope: true, credits: 1 });
const cached = defineOperation<{ id: string }, unknown>({ id: 'cached.get', method: 'GET', path: '/3/cached/{id}', security: ['clientId'], envelope: true, pathParams: ['id'] });

/** Commands Redis ran so far, by name (the counting connection's own INFO calls left out). */
async function commands(): Promise<Record<string, number>> {
  const info = await counter.info('commandstats');
  const out: Record<string, number> = {};
  for (const [, name, calls] of info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) if (name !== 'info') out[name!] = Number(calls);
  return out;
}
/** The commands `run` made Redis execute. */
async function counted(run: () => Promise<unknown>): Promise<Record<string, number>> {
  const before = await commands();
  await run();
  const after = await commands();
  return Object.fromEntries(Object.entries(after).flatMap(([name, n]) => (n > (before[name] ?? 0) ? [[name, n - (before[name] ?? 0)]] : [])));
}
/** Resolves once the store's connection is ready (it has no offline queue). */
async function ready(store: RedisStore): Promise<void> {
  if (store.redis.status !== 'ready') await once(store.redis, 'ready');
}
function client(extra: Partial<ImgurClientOptions> = {}) {
  const clientId = `round-trips-${randomUUID()}`;
  const store = createRedisStore({ redis: redis.url, clientId });
  stores.push(store);
  return { store, imgur: createImgurClient({ clientId, baseUrl: server.url, retries: 0, store, ...extra }) };
}

describe('Redis round trips per call', () => {
  it('no budget and no ETag from the server: 50 GETs send no command to Redis', async () => {
    const { store, imgur } = client();
    await ready(store); // connected before counting
    expect(
      await counted(async () => {
        for (let i = 0; i < 50; i++) await plain(imgur);
      }),
    ).toEqual({});
  });

  it('a route whose responses carry an ETag: the first GET only stores the entry, each later GET of the route looks it up (a 304 stores nothing)', async () => {
    const { store, imgur } = client();
    await ready(store);
    expect(await counted(() => cached(imgur, { id: 'a' }))).toEqual({ set: 1 });
    expect(
      await counted(async () => {
        for (let i = 0; i < 20; i++) await cached(imgur, { id: 'a' });
      }),
    ).toEqual({ get: 20 });
    expect(await counted(() => cached(imgur, { id: 'b' }))).toEqual({ get: 1, set: 1 }); // same route, new URL: a miss, then stored
    expect(
      await counted(async () => {
        for (let i = 0; i < 20; i++) await plain(imgur);
      }),
    ).toEqual({});
  });

  it('with a budget: one reservation and one settlement per call (after a free GET /3/credits read the unknown budget once)', async () => {
    const { store, imgur } = client({ budget: { minUserRemaining: 0 } });
    await ready(store);
    // Commands the client sent (commandstats also counts the commands the scripts run inside Redis).
    const sent = ({ evalsha, eval: evaluated, get, set }: Record<string, number | undefined>) => ({ evalsha, eval: evaluated, get, set });
    const first = sent(await counted(() => plain(imgur)));
    // RESERVE (unknown budget), SEED, RESERVE, SETTLE; scripts this Redis has not seen yet are sent once in full after NOSCRIPT.
    expect(first.evalsha).toBe(4);
    expect(first.eval).toBeLessThanOrEqual(3);
    expect(
      sent(
        await counted(async () => {
          for (let i = 0; i < 20; i++) await plain(imgur);
        }),
      ),
    ).toEqual({ evalsha: 40, eval: undefined, get: undefined, set: undefined });
  });
});
