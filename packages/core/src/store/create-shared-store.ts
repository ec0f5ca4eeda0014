import type { ImgurTokens } from '../types/tokens.js';
import type { ImgurStore } from '../types/store.js';
import type { ImgurError } from '../errors/imgur-error.js';
import type { ImgurStoreBackend } from './types.js';
import { parseRateLimit } from '../rate-limit/parse-rate-limit.js';
import { sharedState, type Hooked } from './shared-state.js';
import { sharedRefresh } from './shared-refresh.js';
import { sharedBudget, type InFlight } from './shared-budget.js';
import { sharedEtags } from './shared-etags.js';
import type { TransportResponse } from '../types/transport.js';

/** Options of `createSharedStore`. */
export interface SharedStoreOptions {
  /** How long a refresher holds the lock before others may take over (it died, or hangs): default 15 000 ms. */
  readonly leaseMs?: number;
  /** How often a client waiting for another one's refresh looks for the new tokens: default 50 ms. */
  readonly pollMs?: number;
  /** How long a client waits for another one's refresh before failing with `ImgurRefreshError`: default twice the lease. */
  readonly waitMs?: number;
  /** How long an unsettled credit reservation (its process died) counts against the budget: default 120 000 ms. */
  readonly holdMs?: number;
  /** Share conditional GETs (default `true`); a store failure there is a cache miss, never a failed call. */
  readonly etag?: boolean;
  /**
   * Told about store failures that fail no call: a refreshed token pair the
   * store could not save (the client uses it, `onTokens` gets it, and it is
   * saved by the client's next call or a background retry), a settlement or
   * lock release that could not be written. The error is an `ImgurError`
   * whose message names the operation, redacted; its `cause` is the
   * backend's error. A throwing `onError` is ignored. Also logged as `warn`.
   */
  readonly onError?: (error: ImgurError) => void;
}

/**
 * Turns a backend (`ImgurStoreBackend`) into the `ImgurStore` that
 * `createImgurClient({ store })` takes. It wraps the client's transport:
 * - the token refresh (see `sharedRefresh`): one refresh at a time through
 *   the lock, the others take the new pair without a request; only the
 *   client that refreshed calls `onTokens`. The new pair reaches the client
 *   and `onTokens` whether or not the store could save it (see `onError`).
 * - every other request of a client with a `budget` reserves its credits
 *   (`meta.credits`, default 1) against the shared snapshot minus the
 *   credits other requests hold, and settles them from its response
 *   headers. A refusal fails the call with `ImgurBudgetError` before
 *   sending; an unknown budget (no snapshot) is read again first.
 * - a GET (of a client without an `etagCache` of its own) on a route that
 *   has shown an ETag is made conditional on what any client cached: a 304
 *   comes back as a 200 with the cached body (its headers are the 304's).
 * A call that needs the backend before sending fails with its error (not
 * retried). Without a budget, a call asks the backend nothing unless it
 * refreshes, saves a pending pair, or is a GET on a route with ETags.
 */
export function createSharedStore(backend: ImgurStoreBackend, options: SharedStoreOptions = {}): ImgurStore {
  const leaseMs = options.leaseMs ?? 15_000;
  const timing = { leaseMs, waitMs: options.waitMs ?? 2 * leaseMs, pollMs: options.pollMs ?? 50 };
  const holdMs = options.holdMs ?? 120_000;
  // Routes on which a response carried an ETag, shared by this store's clients.
  const routes = new Set<string>();
  const inflight: InFlight = new Map();
  return (hooked) => {
    const state = hooked as Hooked;
    const send = state.transport;
    const own = state.onTokens;
    const shared = sharedState(backend, state, options.onError);
    // A client with an `etagCache` of its own keeps to it.
    const get = options.etag !== false && !state.etag ? sharedEtags(backend, send, routes) : send;
    const refresh = sharedRefresh(backend, shared, send, timing);
    const budget = sharedBudget(backend, shared, send, holdMs, inflight);
    state.onTokens = (tokens: ImgurTokens) => (tokens.access_token === shared.borrowed ? undefined : own?.(tokens));

    state.transport = async (...args) => {
      const meta = args[4];
      if (meta?.path === '/oauth2/token') return refresh(...args);
      // A pair still to be saved: this call starts saving it, without waiting (a paused Redis must not hold up calls that need nothing of it).
      if (shared.pending) void shared.flush();
      const hold = state.budget ? await budget.reserve(meta?.credits ?? 1, args) : undefined;
      let response: TransportResponse | undefined;
      try {
        const got = await (args[1].method === 'GET' ? get(...args) : send(...args));
        response = got[0];
        return got;
      } finally {
        if (hold) await budget.settle(hold, response && parseRateLimit(response.headers));
      }
    };
  };
}
