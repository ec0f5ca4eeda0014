import type { ClientState } from '../state/client-state.js';
import type { ImgurTokens } from '../types/tokens.js';
import type { ImgurStore, StoredTokens } from '../types/store.js';
import type { Transport } from '../types/transport.js';
import type { OperationMeta } from '../types/operation-meta.js';
import type { ImgurStoreBackend } from './types.js';
import { parseRateLimit } from '../rate-limit/parse-rate-limit.js';
import { sleep } from '../util/sleep.js';
import { hex } from '../util/hex.js';
import { ImgurBudgetError } from '../errors/usage-errors.js';
import { ImgurRefreshError } from '../errors/auth-errors.js';

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
}

/** The parts of a client's state a store replaces. */
type Hooked = ClientState & { transport: Transport; onTokens: ClientState['onTokens'] };

/** The token endpoint's answer for tokens another client obtained (nothing is sent). */
function answer(tokens: StoredTokens): [Response, string] {
  const text = JSON.stringify({ access_token: tokens.accessToken, refresh_token: tokens.refreshToken });
  return [new Response(text, { headers: { 'content-type': 'application/json' } }), text];
}

/** Cache key of a GET: the URL and a SHA-256 of the `authorization` header (never the credential itself). */
async function etagKey(url: string, authorization: string | undefined): Promise<string> {
  const digest = authorization && new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(authorization)));
  return `GET ${url} ${digest ? hex(digest.subarray(0, 16)) : 'anonymous'}`;
}

/**
 * Turns a backend (`ImgurStoreBackend`) into the `ImgurStore` that
 * `createImgurClient({ store })` takes. It wraps the client's transport:
 * - the token refresh: the client that takes the lock re-reads the shared
 *   tokens (someone may have refreshed already), asks the token endpoint,
 *   stores the new pair with a compare-and-set and releases the lock; the
 *   others poll for the new pair (at most `waitMs`, taking the lock
 *   themselves once it is free or its lease ran out) and take it without a
 *   request. Only the client that refreshed calls `onTokens`.
 * - every other request reserves its credits (`meta.credits`, default 1)
 *   against the shared snapshot minus the credits other requests hold, and
 *   settles them from its response headers (or without a response). A
 *   refusal fails the call with `ImgurBudgetError` before sending.
 * - a GET (of a client without an `etagCache` of its own) is made
 *   conditional on what any client cached: a 304 comes back as a 200 with
 *   the cached body (its headers are the 304's).
 * Backend errors fail the call that needed them (not retried).
 */
export function createSharedStore(backend: ImgurStoreBackend, options: SharedStoreOptions = {}): ImgurStore {
  const leaseMs = options.leaseMs ?? 15_000;
  const waitMs = options.waitMs ?? 2 * leaseMs;
  const holdMs = options.holdMs ?? 120_000;
  return (hooked) => {
    const state = hooked as Hooked;
    const send = state.transport;
    const own = state.onTokens;
    // The access token this client last shared (or started with); `setTokens` makes the client's own differ.
    let known = state.accessToken;
    let borrowed: string | undefined;
    // A client with an `etagCache` of its own keeps to it.
    const shareEtags = options.etag !== false && !state.etag;
    state.onTokens = (tokens: ImgurTokens) => (tokens.access_token === borrowed ? undefined : own?.(tokens));

    async function refresh(...args: Parameters<Transport>): Promise<[Response, string]> {
      const current = state.accessToken;
      const end = Date.now() + waitMs;
      for (;;) {
        const owner = await backend.acquireLock(leaseMs);
        try {
          const shared = await backend.getTokens();
          if (shared?.accessToken && shared.accessToken !== current && current === known) return take(shared);
          if (owner) {
            const got = await send(...args);
            let tokens: Partial<ImgurTokens> | undefined;
            try {
              tokens = got[0].ok ? (JSON.parse(got[1]) as Partial<ImgurTokens>) : undefined;
            } catch {
              // Not JSON: the pipeline reports the answer as it is.
            }
            if (typeof tokens?.access_token !== 'string') return got;
            const next = { accessToken: tokens.access_token, refreshToken: tokens.refresh_token ?? state.refreshToken };
            // `setTokens` since the last share: this client's pair wins; otherwise only over the pair it replaced.
            if (current !== known) await backend.setTokens(next);
            else if (!(await backend.compareAndSetTokens(current, next))) return take((await backend.getTokens()) ?? next);
            known = next.accessToken;
            return got;
          }
        } finally {
          if (owner) await backend.releaseLock(owner);
        }
        if (Date.now() >= end) throw new ImgurRefreshError(`another client held the refresh lock and no new token arrived within ${waitMs} ms`, undefined);
        await sleep(options.pollMs ?? 50, args[2]);
      }
    }

    function take(tokens: StoredTokens): [Response, string] {
      known = borrowed = tokens.accessToken;
      return answer(tokens);
    }

    async function conditional(url: string, init: Parameters<Transport>[1], ...rest: [AbortSignal | undefined, number, OperationMeta | undefined]): Promise<[Response, string]> {
      const key = await etagKey(url, init.headers.authorization);
      const cached = await backend.getEtag(key).catch(() => undefined);
      const got = await send(url, cached ? { ...init, headers: { ...init.headers, 'if-none-match': cached.etag } } : init, ...rest);
      const [response, text] = got;
      if (cached && response.status === 304) return [new Response(cached.body, { headers: response.headers }), cached.body];
      const etag = response.ok && response.headers.get('etag');
      if (etag) await backend.setEtag(key, { etag, body: text }).catch(() => undefined);
      return got;
    }

    state.transport = async (...args) => {
      const meta = args[4];
      if (meta?.path === '/oauth2/token') return refresh(...args);
      const { budget } = state;
      const cost = meta?.credits ?? 1;
      let hold: string | undefined;
      if (budget) {
        const held = await backend.reserveCredits({ cost, minClientRemaining: budget.minClientRemaining, minUserRemaining: budget.minUserRemaining, holdMs });
        if (typeof held !== 'string') {
          throw new ImgurBudgetError(
            `refused: it costs ${cost} credit(s) and ${Math.max(0, held.remaining)} ${held.who} credits remain across all clients sharing the store (in-flight calls counted); the budget keeps at least ${held.floor}`,
          );
        }
        hold = held;
      }
      let response: Response | undefined;
      try {
        const got = await (shareEtags && args[1].method === 'GET' ? conditional(...args) : send(...args));
        response = got[0];
        return got;
      } finally {
        if (hold) await backend.settleCredits(hold, response && parseRateLimit(response.headers));
      }
    };
  };
}
