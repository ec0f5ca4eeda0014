import type { ImgurTokens } from '../types/tokens.js';
import type { StoredTokens } from '../types/store.js';
import type { Transport } from '../types/transport.js';
import type { ImgurStoreBackend } from './types.js';
import type { SharedState } from './shared-state.js';
import { saveTokens } from './save-tokens.js';
import { sleep } from '../util/sleep.js';
import { ImgurRefreshError } from '../errors/auth-errors.js';

/** Timing of the shared refresh. */
export interface RefreshTiming {
  readonly leaseMs: number;
  readonly waitMs: number;
  readonly pollMs: number;
}

/** The token endpoint's answer for tokens another client obtained (nothing is sent). */
function answer(tokens: StoredTokens): [Response, string] {
  const text = JSON.stringify({ access_token: tokens.accessToken, refresh_token: tokens.refreshToken });
  return [new Response(text, { headers: { 'content-type': 'application/json' } }), text];
}

/**
 * The token refresh of one client through the store. The client that holds
 * the lock re-reads the shared tokens (someone may have refreshed already),
 * asks the token endpoint, and saves the new pair (`saveTokens`: a failed
 * write never drops the pair, which the client uses and hands to `onTokens`
 * anyway). The others poll for the new pair and take it without a request.
 * Lost store state (a flush or a restart emptied it) is unknown, not empty:
 * a client that saw shared tokens, or another client's lock, waits a lease
 * for the pair a refresh in flight may still store, rather than spend the
 * refresh token a second time.
 */
export function sharedRefresh(backend: ImgurStoreBackend, shared: SharedState, send: Transport, timing: RefreshTiming): Transport {
  const { state } = shared;
  // Until when another client's refresh may still be in flight (it held the lock then).
  let othersUntil = 0;
  let sawTokens = false;

  function take(tokens: StoredTokens): [Response, string] {
    shared.known = shared.borrowed = tokens.accessToken;
    return answer(tokens);
  }

  return async (...args) => {
    await shared.flush();
    const current = state.accessToken;
    const end = Date.now() + timing.waitMs;
    let owner: string | undefined;
    let heldSince: number | undefined;
    let lostSince: number | undefined;
    let keepLock = false;
    try {
      for (;;) {
        owner ??= await backend.acquireLock(timing.leaseMs);
        // The holder took the lock before we first saw it: its lease ends within a lease of that.
        if (!owner) othersUntil = Math.max(othersUntil, (heldSince ??= Date.now()) + timing.leaseMs);
        const stored = await backend.getTokens();
        if (stored) sawTokens = true;
        if (stored?.accessToken && stored.accessToken !== current && current === shared.known) return take(stored);
        const now = Date.now();
        if (!stored && sawTokens) lostSince ??= now;
        if (owner && !(!stored && now < Math.max(othersUntil, (lostSince ?? -Infinity) + timing.leaseMs))) {
          const got = await send(...args);
          let tokens: Partial<ImgurTokens> | undefined;
          try {
            tokens = got[0].ok ? (JSON.parse(got[1]) as Partial<ImgurTokens>) : undefined;
          } catch {
            // Not JSON: the pipeline reports the answer as it is.
          }
          if (typeof tokens?.access_token !== 'string') return got;
          const next = { accessToken: tokens.access_token, refreshToken: tokens.refresh_token ?? state.refreshToken };
          // Over the pair it replaced (or a pair still waiting to be saved); after `setTokens` since the last share, this client's pair wins.
          const expected = shared.pending ? shared.pending.expected : current === shared.known ? current : null;
          const saved = await saveTokens(backend, shared, expected, next, owner);
          if (saved === 'pending') keepLock = true;
          else if (saved) return take(saved);
          shared.known = next.accessToken;
          return got;
        }
        if (Date.now() >= end) throw new ImgurRefreshError(`another client held the refresh lock and no new token arrived within ${timing.waitMs} ms`, undefined);
        await sleep(timing.pollMs, args[2]);
      }
    } finally {
      // A pair not yet saved keeps the lock (until saved, or its lease ends), so no other client refreshes with the spent token meanwhile.
      if (owner && !keepLock) await backend.releaseLock(owner).catch((error: unknown) => shared.report(error, 'the lock expires after its lease'));
    }
  };
}
