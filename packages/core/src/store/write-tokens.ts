import type { StoredTokens } from '../types/store.js';
import type { ImgurStoreBackend } from './types.js';

/**
 * One attempt to store a refreshed pair: over `expected` (the access token
 * it replaces; `null` replaces whatever is stored). `undefined` when the
 * store holds `next` now (a write that timed out may have landed), else the
 * newer pair another writer stored. Throws the backend's error.
 */
export async function writeTokens(backend: ImgurStoreBackend, expected: string | undefined | null, next: StoredTokens): Promise<StoredTokens | undefined> {
  if (expected === null) return void (await backend.setTokens(next));
  for (let attempt = 0; ; attempt++) {
    if (await backend.compareAndSetTokens(expected, next)) return undefined;
    const stored = await backend.getTokens();
    if (stored && stored.accessToken === next.accessToken && stored.refreshToken === next.refreshToken) return undefined;
    if (stored) return stored;
    // Emptied between the two commands (a flush): once more, the compare-and-set then succeeds; a store that keeps changing is a failed write (retried later).
    if (attempt) throw new Error('the stored tokens changed during the write');
  }
}
