import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RateLimitInfo } from '@imgur-ts/core';
import { createMemoryBackend, type ImgurStoreBackend } from '@imgur-ts/core/store';
import { inspect } from 'node:util';
import { ImgurStoreError, createRedisStore, storeKeys, type RedisStore } from '../src/index.js';
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

  it('credits: unknown before a snapshot (with a floor); held credits count; settling frees them and keeps the lowest remaining', async () => {
    const b = make();
    const ask = (cost: number) => b.reserveCredits({ cost, minUserRemaining: 2, minClientRemaining: 0, holdMs: 60_000 });
    expect(await ask(100)).toBeUndefined();
    const unbounded = await b.reserveCredits({ cost: 100, holdMs: 60_000 }); // no floor: nothing to keep
    expect(unbounded).toBeTypeOf('string');
    await b.settleCredits(unbounded as string, undefined);
    const first = await ask(0); // costs nothing: never refused
    expect(first).toBeTypeOf('string');
    await b.settleCredits(first as string, rate({ userRemaining: 10, clientRemaining: 500, userReset: later() }));
    const held = await ask(5);
    expect(held).toBeTypeOf('string');
    expect(await ask(4)).toEqual({ who: 'user', remaining: 5, floor: 2 });
    expect(await ask(3)).toBeTypeOf('string'); // 10 - 5 - 3 = 2, the floor
    expect(await ask(0)).toBeTypeOf('string'); // costs nothing: never refused
    await b.settleCredits(held as string, rate({ userRemaining: 12, clientRemaining: 400, userReset: later() + 5 })); // a late, higher answer (a reset in seconds, read 5 s later: same window)
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

  it('credits: seedCredits stores a snapshot only when there is none, and re-adds the holds a lost state forgot', async () => {
    const b = make();
    const ask = (cost: number) => b.reserveCredits({ cost, minUserRemaining: 0, holdMs: 60_000 });
    await b.seedCredits({ userRemaining: 10, clientRemaining: 500, userReset: later() }, [{ id: '4:lost-hold', cost: 4, ms: 30_000 }], 60_000);
    expect(await b.getRateLimit()).toMatchObject({ userRemaining: 10, clientRemaining: 500 });
    expect(await ask(7)).toEqual({ who: 'user', remaining: 6, floor: 0 }); // 10 - 4 held
    expect(await ask(6)).toBeTypeOf('string');
    await b.seedCredits({ userRemaining: 99, clientRemaining: 999, userReset: later() }, [], 60_000);
    expect(await b.getRateLimit()).toMatchObject({ userRemaining: 10 });
    await b.settleCredits('4:lost-hold', undefined);
    expect(await ask(5)).toEqual({ who: 'user', remaining: 4, floor: 0 }); // 10 - 6 held
    expect(await ask(4)).toBeTypeOf('string');
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

  it('a process whose reservations in flight a flush forgot adds them again on its next reservation (the snapshot epoch changed)', async () => {
    const clientId = `backend-${randomUUID()}`;
    const [a, b] = [0, 1].map(() => {
      const s = createRedisStore({ redis: redis.url, clientId });
      stores.push(s);
      return s;
    });
    const ask = (s: RedisStore, cost: number) => s!.backend.reserveCredits({ cost, minUserRemaining: 0, holdMs: 60_000 });
    await a!.backend.seedCredits({ userRemaining: 10, userReset: later() }, [], 60_000);
    for (let i = 0; i < 3; i++) expect(await ask(a!, 2)).toBeTypeOf('string'); // 6 credits in flight in process a
    const k = storeKeys('imgur-ts:', clientId);
    await a!.redis.del(k.rate, k.holds); // what FLUSHALL does to this client's keys
    expect(await ask(b!, 1)).toBeUndefined(); // unknown: process b reads the credits again (Imgur has not charged a's calls yet)
    await b!.backend.seedCredits({ userRemaining: 10, userReset: later() }, [], 60_000);
    expect(await ask(a!, 1)).toBeTypeOf('string'); // a sees the new epoch and adds its 6 credits again: 10 - 6 - 1
    expect(await ask(b!, 4)).toEqual({ who: 'user', remaining: 3, floor: 0 });
  });

  it('a write refused for lack of memory changes nothing and fails with ImgurStoreError whose cause holds no command arguments', async () => {
    const s = createRedisStore({ redis: redis.url, clientId: `backend-${randomUUID()}` });
    stores.push(s);
    const b = s.backend;
    await b.setTokens({ accessToken: 'old-access-token', refreshToken: 'old-refresh-token' });
    await s.redis.config('SET', 'maxmemory-policy', 'noeviction');
    await s.redis.config('SET', 'maxmemory', '1');
    try {
      const failures = await Promise.all(
        [
          b.compareAndSetTokens('old-access-token', { accessToken: 'new-access-token', refreshToken: 'new-refresh-token' }),
          b.setTokens({ accessToken: 'new-access-token', refreshToken: 'new-refresh-token' }),
          b.seedCredits({ userRemaining: 5 }, [{ id: '1:hold', cost: 1, ms: 1000 }], 1000),
        ].map((p) =>
          p.then(
            () => undefined,
            (e: unknown) => e as ImgurStoreError,
          ),
        ),
      );
      for (const error of failures) {
        expect(error).toBeInstanceOf(ImgurStoreError);
        expect(error!.message).toMatch(/^Redis store: .* failed: OOM command not allowed/);
        const dump = inspect({ cause: error!.cause, own: { ...error! }, stack: error!.stack }, { depth: 20, showHidden: true });
        for (const secret of ['new-access-token', 'new-refresh-token', 'old-access-token']) expect(dump).not.toContain(secret);
        expect((error!.cause as { command?: unknown }).command).toMatchObject({ args: '[redacted]' });
      }
      expect(await b.getTokens()).toEqual({ accessToken: 'old-access-token', refreshToken: 'old-refresh-token' });
    } finally {
      await s.redis.config('SET', 'maxmemory', '0');
    }
  });
});
