import { Redis } from 'ioredis';
import { createSharedStore, type ImgurStore, type ImgurStoreBackend, type SharedStoreOptions } from '@imgur-ts/core/store';
import { ImgurUsageError } from '@imgur-ts/core';
import { storeKeys } from './keys.js';
import { redisBackend } from './redis-backend.js';

/** Options of `createRedisStore`. */
export interface RedisStoreOptions extends SharedStoreOptions {
  /**
   * A `redis://` / `rediss://` URL (the store connects with fail-fast
   * settings: no offline queue, a 2 s command timeout, and reconnects in the
   * background), or an ioredis client of yours (then set
   * `enableOfflineQueue: false` and `commandTimeout` yourself, or calls wait
   * while Redis is down).
   */
  readonly redis: string | Redis;
  /** Your app's Client ID: the keys are named after its SHA-256, never the ID. */
  readonly clientId: string;
  /** Keeps apart several token pairs of one Client ID (one per Imgur account); hashed into the keys too. */
  readonly account?: string;
  /** Key prefix, default `imgur-ts:`. */
  readonly prefix?: string;
  /** TTL of the stored tokens, renewed on every write: default 30 days. */
  readonly tokenTtlMs?: number;
  /** TTL of the rate-limit snapshot, renewed on every response: default 25 hours (a day of client credits and then some). */
  readonly rateTtlMs?: number;
  /** TTL of a cached GET: default 1 day. */
  readonly etagTtlMs?: number;
  /** Largest cached body in UTF-16 code units: default 1 000 000; larger ones are not cached. */
  readonly maxEtagBytes?: number;
  /** While a connection attempt is under way (at start, or a reconnect), how long a call waits for its outcome: default 1 000 ms. Otherwise a call fails at once with `ImgurStoreError` while Redis is unreachable. */
  readonly connectWaitMs?: number;
}

/** A store on Redis: pass it as `createImgurClient({ store })`; `close()` ends the connection it opened. */
export interface RedisStore extends ImgurStore {
  /** The primitives on Redis (tokens, lock, reservations, snapshot, ETags), for inspection and tests. */
  readonly backend: ImgurStoreBackend;
  /** The ioredis client in use. */
  readonly redis: Redis;
  /** Closes the connection when the store opened it (a URL was given); leaves a client of yours open. */
  close(): Promise<void>;
}

/**
 * Shares one Client ID's user tokens, refresh lock, credit budget and ETag
 * cache between processes through Redis: one refresh at a time cluster-wide
 * (`onTokens` runs in the process that refreshed), credits reserved before
 * sending and settled from the response headers, and conditional GETs
 * answered from what any process cached. Throws `ImgurUsageError` without a
 * `clientId` or `redis`.
 */
export function createRedisStore(options: RedisStoreOptions): RedisStore {
  if (!options.clientId) throw new ImgurUsageError('createRedisStore: clientId is required (it namespaces the keys).');
  if (!options.redis) throw new ImgurUsageError('createRedisStore: redis must be a redis:// URL or an ioredis client.');
  const owned = typeof options.redis === 'string';
  const redis =
    typeof options.redis === 'string' ? new Redis(options.redis, { enableOfflineQueue: false, commandTimeout: 2000, maxRetriesPerRequest: 1, lazyConnect: false }) : options.redis;
  // An unreachable server surfaces per call as ImgurStoreError; this keeps ioredis from reporting it as an unhandled 'error' event.
  if (owned) redis.on('error', () => undefined);
  const backend = redisBackend(redis, storeKeys(options.prefix ?? 'imgur-ts:', options.clientId, options.account), {
    tokens: options.tokenTtlMs ?? 30 * 24 * 3600_000,
    rate: options.rateTtlMs ?? 25 * 3600_000,
    etag: options.etagTtlMs ?? 24 * 3600_000,
    maxEtagBytes: options.maxEtagBytes ?? 1_000_000,
    connectWaitMs: options.connectWaitMs ?? 1000,
  });
  return Object.assign(createSharedStore(backend, options), {
    backend,
    redis,
    async close() {
      if (owned) redis.disconnect();
    },
  });
}
