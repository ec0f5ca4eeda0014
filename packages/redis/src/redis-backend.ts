import { createHash, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { EtagEntry, RateLimitInfo } from '@imgur-ts/core';
import type { CreditHold, CreditRefusal, ImgurStoreBackend } from '@imgur-ts/core/store';
import { RATE_FIELDS, RELEASE_LOCK, RESERVE, SEED, SETTLE, SET_TOKENS } from './scripts.js';
import { safeCause } from './safe-cause.js';
import type { StoreKeys } from './keys.js';
import { ImgurStoreError } from './store-error.js';

/** Lifetimes of what the backend writes, in ms. */
export interface RedisTtls {
  readonly tokens: number;
  readonly rate: number;
  readonly etag: number;
  /** Largest cached body (UTF-16 length); larger responses are not cached. */
  readonly maxEtagBytes: number;
  /** How long a command waits for a connection that is being (re)established before failing. */
  readonly connectWaitMs: number;
}

type Arg = string | number;

/**
 * The `ImgurStoreBackend` on Redis: tokens in a hash (compare-and-set by
 * script), the refresh lock as `SET NX PX` with an owner-checked release,
 * credit reservations and the rate-limit snapshot by script, cached GETs as
 * JSON strings. Every key has a TTL. Failures become `ImgurStoreError`.
 * The snapshot carries an epoch, new whenever it is created: a process whose
 * reservations in flight were forgotten (flush, restart) adds them again on
 * its next reservation.
 */
export function redisBackend(redis: Redis, keys: StoreKeys, ttl: RedisTtls): ImgurStoreBackend {
  const shas = new Map<string, string>();
  let attempt: Promise<void> | undefined;
  /** While a connection attempt is under way, resolves once it ended (or after `connectWaitMs`); at once otherwise (the command then fails fast). */
  const connected = (): Promise<void> | undefined =>
    redis.status !== 'connecting' && redis.status !== 'connect' && redis.status !== 'wait'
      ? undefined
      : (attempt ??= new Promise<void>((resolve) => {
          const events = ['ready', 'error', 'close', 'end'] as const;
          const done = (): void => {
            clearTimeout(timer);
            for (const event of events) redis.off(event, done);
            attempt = undefined;
            resolve();
          };
          const timer = setTimeout(done, ttl.connectWaitMs);
          for (const event of events) redis.once(event, done);
        }));
  async function guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      await connected();
      return await run();
    } catch (error) {
      // ioredis messages name the connection problem or the script error, never command arguments; the cause loses those arguments (tokens).
      const reason = String((error as Error)?.message ?? error).slice(0, 200);
      throw new ImgurStoreError(`Redis store: ${operation} failed: ${reason}`, { cause: safeCause(error) });
    }
  }
  /** EVALSHA, loading the script on NOSCRIPT (after a Redis restart, say). */
  async function script(source: string, keyList: readonly string[], args: readonly Arg[]): Promise<unknown> {
    let sha = shas.get(source);
    if (!sha) shas.set(source, (sha = createHash('sha1').update(source).digest('hex')));
    try {
      return await redis.evalsha(sha, keyList.length, ...keyList, ...args);
    } catch (error) {
      if (!String((error as Error)?.message).startsWith('NOSCRIPT')) throw error;
      return redis.eval(source, keyList.length, ...keyList, ...args);
    }
  }
  // The epoch of the rate-limit snapshot this process last reserved against, and its reservations in flight (member → local expiry).
  let epoch = '';
  const mine = new Map<string, number>();
  /** Runs SEED with `holds` and this process's own reservations in flight; the snapshot's epoch. */
  async function seed(rate: Partial<RateLimitInfo>, holds: readonly CreditHold[], holdMs: number): Promise<string> {
    const now = Date.now();
    const all = new Map<string, number>(holds.map((h) => [h.id, h.ms]));
    for (const [id, until] of mine) until > now ? all.set(id, until - now) : mine.delete(id);
    const pairs = [...all].flatMap(([id, ms]) => [id, Math.max(1, Math.round(ms))]);
    return String(await script(SEED, [keys.rate, keys.holds], [ttl.rate, holdMs, ...RATE_FIELDS.map((name) => rate[name] ?? ''), randomUUID(), ...pairs]));
  }
  const writeTokens = (expected: string, t: { accessToken?: string | undefined; refreshToken?: string | undefined }, force: boolean): Promise<unknown> =>
    script(SET_TOKENS, [keys.tokens], [expected, t.accessToken ?? '', t.refreshToken ?? '', ttl.tokens, force ? '1' : '0']);

  return {
    getTokens: () =>
      guard('reading the tokens', async () => {
        const { access, refresh } = await redis.hgetall(keys.tokens);
        return access || refresh ? { accessToken: access || undefined, refreshToken: refresh || undefined } : undefined;
      }),
    compareAndSetTokens: (expected, tokens) => guard('storing the refreshed tokens', async () => (await writeTokens(expected ?? '', tokens, false)) === 1),
    setTokens: (tokens) =>
      guard('storing the tokens', async () => {
        await writeTokens('', tokens, true);
      }),
    acquireLock: (leaseMs) =>
      guard('taking the refresh lock', async () => {
        const owner = randomUUID();
        return (await redis.set(keys.lock, owner, 'PX', leaseMs, 'NX')) === 'OK' ? owner : undefined;
      }),
    releaseLock: (owner) =>
      guard('releasing the refresh lock', async () => {
        await script(RELEASE_LOCK, [keys.lock], [owner]);
      }),
    reserveCredits: ({ cost, minClientRemaining, minUserRemaining, holdMs }) =>
      guard('reserving credits', async () => {
        for (let attempt = 0; ; attempt++) {
          const args = [cost, minClientRemaining ?? '', minUserRemaining ?? '', holdMs, randomUUID(), epoch, mine.size ? '1' : '0'];
          const reply = (await script(RESERVE, [keys.rate, keys.holds], args)) as 0 | [string, string, string?];
          if (reply === 0) return undefined;
          if (reply[0] === 'ok') {
            epoch = reply[2] ?? '';
            mine.set(reply[1], Date.now() + holdMs);
            return reply[1];
          }
          if (reply[0] !== 'lost') return { who: reply[0] as CreditRefusal['who'], remaining: Number(reply[1]), floor: Number(reply[2]) };
          // The snapshot was created anew since this process reserved: its reservations in flight were forgotten; add them again.
          epoch = await seed({}, [], holdMs);
          if (attempt) return undefined;
        }
      }),
    settleCredits: (id, rate) =>
      guard('settling credits', async () => {
        mine.delete(id);
        await script(SETTLE, [keys.rate, keys.holds], [id, ttl.rate, ...RATE_FIELDS.map((name) => rate?.[name] ?? ''), randomUUID()]);
      }),
    seedCredits: (rate, holds, holdMs) =>
      guard('storing the credits read again', async () => {
        epoch = await seed(rate, holds, holdMs);
      }),
    getRateLimit: () =>
      guard('reading the rate-limit snapshot', async () => {
        const hash = await redis.hgetall(keys.rate);
        const names = RATE_FIELDS.filter((name) => hash[name] !== undefined);
        return names.length ? (Object.fromEntries(names.map((name) => [name, Number(hash[name])])) as Partial<RateLimitInfo>) : undefined;
      }),
    getEtag: (key) =>
      guard('reading the ETag cache', async () => {
        const raw = await redis.get(keys.etag(key));
        return raw === null ? undefined : (JSON.parse(raw) as EtagEntry);
      }),
    setEtag: (key, entry) =>
      guard('writing the ETag cache', async () => {
        if (entry.body.length <= ttl.maxEtagBytes) await redis.set(keys.etag(key), JSON.stringify({ etag: entry.etag, body: entry.body }), 'PX', ttl.etag);
      }),
  };
}
