import type { EtagEntry } from '../types/etag-cache.js';
import type { RateLimitInfo } from '../types/rate-limit-info.js';
import type { ImgurStore, StoredTokens } from '../types/store.js';
import type { CreditRefusal, ImgurStoreBackend } from './types.js';
import { createSharedStore, type SharedStoreOptions } from './create-shared-store.js';
import { WINDOW_SLACK_S } from '../rate-limit/reset-at.js';

/**
 * The in-process backend: the same semantics as the Redis one (lock lease,
 * compare-and-set, reservations that expire, lowest-remaining snapshot per
 * reset window, an unknown budget without a snapshot), for clients of one
 * process that share one store, and for tests.
 */
export function createMemoryBackend(): ImgurStoreBackend {
  let tokens: StoredTokens | undefined;
  let lock: { owner: string; until: number } | undefined;
  let snapshot: Partial<RateLimitInfo> | undefined;
  const holds = new Map<string, { cost: number; until: number }>();
  const etags = new Map<string, EtagEntry>();
  let next = 0;
  return {
    getTokens: async () => tokens,
    async compareAndSetTokens(expected, value) {
      if (tokens?.accessToken !== undefined && tokens.accessToken !== expected) return false;
      tokens = value;
      return true;
    },
    async setTokens(value) {
      tokens = value;
    },
    async acquireLock(leaseMs) {
      const now = Date.now();
      if (lock && lock.until > now) return undefined;
      lock = { owner: String(++next), until: now + leaseMs };
      return lock.owner;
    },
    async releaseLock(owner) {
      if (lock?.owner === owner) lock = undefined;
    },
    async reserveCredits({ cost, minClientRemaining, minUserRemaining, holdMs }) {
      const now = Date.now();
      let held = 0;
      for (const [id, hold] of holds) hold.until <= now ? holds.delete(id) : (held += hold.cost);
      if (cost && !snapshot && (minClientRemaining !== undefined || minUserRemaining !== undefined)) return undefined;
      if (cost && snapshot && !(now >= (snapshot.userReset ?? Infinity) * 1000)) {
        for (const [who, remaining, floor] of [
          ['client', snapshot.clientRemaining, minClientRemaining],
          ['user', snapshot.userRemaining, minUserRemaining],
        ] as const) {
          if (remaining !== undefined && floor !== undefined && remaining - held - cost < floor) return { who, remaining: remaining - held, floor } satisfies CreditRefusal;
        }
      }
      const id = String(++next);
      holds.set(id, { cost, until: now + holdMs });
      return id;
    },
    async settleCredits(id, rate) {
      holds.delete(id);
      if (!rate || (rate.clientRemaining === undefined && rate.userRemaining === undefined)) return;
      const old = snapshot;
      const low = (a: number | undefined, b: number | undefined): number | undefined => (a === undefined ? b : b === undefined ? a : Math.min(a, b));
      // Remaining credits only go down within a window: an older response arriving late must not raise them.
      // A reset sent as seconds from now drifts by a few seconds per response: only a larger jump is a new window.
      snapshot =
        !old || (rate.userReset ?? 0) > (old.userReset ?? 0) + WINDOW_SLACK_S
          ? { ...rate }
          : { ...old, clientRemaining: low(old.clientRemaining, rate.clientRemaining), userRemaining: low(old.userRemaining, rate.userRemaining) };
    },
    async seedCredits(rate, seeded, holdMs) {
      const now = Date.now();
      snapshot ??= { ...rate };
      for (const { id, cost, ms } of seeded) holds.set(id, { cost, until: now + Math.min(ms, holdMs) });
    },
    getRateLimit: async () => snapshot,
    getEtag: async (key) => etags.get(key),
    async setEtag(key, entry) {
      etags.set(key, entry);
    },
  };
}

/**
 * A store kept in this process: pass the same one to several clients (for
 * example one per tenant or per worker thread that shares a JavaScript
 * realm) so they refresh once and share one credit budget. Without a
 * store, each client keeps its own state as before.
 */
export function createMemoryStore(options?: SharedStoreOptions): ImgurStore {
  return createSharedStore(createMemoryBackend(), options);
}
