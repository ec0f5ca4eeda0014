import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RateLimitInfo } from '@imgur-ts/core';
import { createMemoryBackend, type ImgurStoreBackend } from '@imgur-ts/core/store';
import { createRedisStore, type RedisStore } from '../src/index.js';
import { startRedis, type RedisServer } from './redis-server.js';

let redis: RedisServer;
const stores: RedisStore[] = [];
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  for (const s of stores) await s.close();
  await redis?.dispose();
});

const rate = (r: Partial<RateLimitInfo>): RateLimitInfo => ({
  userLimit: undefined,
  userRemaining: undefined,
  userReset: undefined,
  clientLimit: undefined,
  clientRemaining: undefined,
  postLimit: undefined,
  postRemaining: undefined,
  postReset: undefined,
  ...r,
});
const later = (): number => Math.floor(Date.now() / 1000) + 600;

// The same contract for the Redis backend and core's in-memory one.
const backends: [string, () => ImgurStoreBackend][] = [
  [
    'redis',
    () => {
      const s = createRedisStore({ redis: redis.url, clientId: `backend-${randomUUID()}` });
      stores.push(s);
      return s.backend;
    },
  ],
  ['memory', createMemoryBackend],
];

describe.each(backends)('the %s backend', (_, make) => {
  it('tokens: compare-and-set on the replaced access token; set replaces unconditionally', async () => {
    const b = make();
    expect(await b.getTokens()).toBeUndefined();
    expect(await b.compareAndSetTokens(undefined, { accessToken: 'a1', refreshToken: 'r1' })).toBe(true);
    expect(await b.compareAndSetTokens('stale', { accessToken: 'a2', refreshToken: 'r2' })).toBe(false);
    expect(await b.getTokens()).toEqual({ accessToken: 'a1', refreshToken: 'r1' });
    expect(await b.compareAndSetTokens('a1', { accessToken: 'a2', refreshToken: 'r2' })).toBe(true);
    await b.setTokens({ accessToken: 'a3', refreshToken: undefined });
    expect(await b.getTokens()).toEqual({ accessToken: 'a3', refreshToken: undefined });
  });

  it('lock: one owner at a time, released only by its owner, free again after the lease', async () => {
    const b = make();
    const owner = await b.acquireLock(150);
    expect(owner).toBeTypeOf('string');
    expect(await b.acquireLock(150)).toBeUndefined();
    await b.releaseLock('not-the-owner');
    expect(await b.acquireLock(150)).toBeUndefined();
    await b.releaseLock(owner!);
    const next = await b.acquireLock(100);
    expect(next).toBeTypeOf('string');
    await sleep(130);
    expect(await b.acquireLock(100)).toBeTypeOf('string');
  });

  it('credits: nothing refused before a snapshot; held credits count; settling frees them and keeps the lowest remaining', async () => {
    const b = make();
    const ask = (cost: number) => b.reserveCredits({ cost, minUserRemaining: 2, minClientRemaining: 0, holdMs: 60_000 });
    const first = await ask(100);
    expect(first).toBeTypeOf('string');
    await b.settleCredits(first as string, rate({ userRemaining: 10, clientRemaining: 500, userReset: later() }));
    const held = await ask(5);
    expect(held).toBeTypeOf('string');
    expect(await ask(4)).toEqual({ who: 'user', remaining: 5, floor: 2 });
    expect(await ask(3)).toBeTypeOf('string'); // 10 - 5 - 3 = 2, the floor
    expect(await ask(0)).toBeTypeOf('string'); // costs nothing: never refused
    await b.settleCredits(held as string, rate({ userRemaining: 12, clientRemaining: 400, userReset: later() })); // a late, higher answer
    expect(await b.getRateLimit()).toMatchObject({ userRemaining: 10, clientRemaining: 400 });
    await b.settleCredits('gone', rate({ userRemaining: 50, clientRemaining: 450, userReset: later() + 3600 })); // a new window
    expect(await b.getRateLimit()).toMatchObject({ userRemaining: 50, clientRemaining: 450 });
    await b.settleCredits('gone', undefined);
    expect(await b.getRateLimit()).toMatchObject({ userRemaining: 50 });
  });

  it('credits: the client floor; a reservation left unsettled stops counting after holdMs; a passed reset allows all', async () => {
    const b = make();
    await b.settleCredits('seed', rate({ clientRemaining: 12, userRemaining: 1000, userReset: later() }));
    const ask = { cost: 10, minClientRemaining: 0, holdMs: 150 };
    expect(await b.reserveCredits(ask)).toBeTypeOf('string');
    expect(await b.reserveCredits(ask)).toEqual({ who: 'client', remaining: 2, floor: 0 });
    await sleep(200);
    expect(await b.reserveCredits(ask)).toBeTypeOf('string');
    const past = make();
    await past.settleCredits('seed', rate({ clientRemaining: 0, userRemaining: 0, userReset: Math.floor(Date.now() / 1000) - 5 }));
    expect(await past.reserveCredits(ask)).toBeTypeOf('string');
  });

  it('ETags: what one sets, another reads', async () => {
    const b = make();
    expect(await b.getEtag('GET /3/x anonymous')).toBeUndefined();
    await b.setEtag('GET /3/x anonymous', { etag: '"e"', body: '{"data":1}' });
    expect(await b.getEtag('GET /3/x anonymous')).toEqual({ etag: '"e"', body: '{"data":1}' });
  });
});

describe('the redis backend only', () => {
  it('skips bodies over maxEtagBytes and reloads its scripts after a SCRIPT FLUSH', async () => {
    const s = createRedisStore({ redis: redis.url, clientId: `backend-${randomUUID()}`, maxEtagBytes: 10 });
    stores.push(s);
    await s.backend.setEtag('k', { etag: '"e"', body: 'x'.repeat(11) });
    expect(await s.backend.getEtag('k')).toBeUndefined();
    expect(await s.backend.compareAndSetTokens(undefined, { accessToken: 'a' })).toBe(true);
    await s.redis.script('FLUSH');
    expect(await s.backend.compareAndSetTokens('a', { accessToken: 'b' })).toBe(true);
  });
});
