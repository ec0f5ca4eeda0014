import type { StoredTokens } from '../types/store.js';
import type { ImgurStoreBackend } from './types.js';
import type { SharedState } from './shared-state.js';
import { writeTokens } from './write-tokens.js';

/**
 * Saves the pair a refresh obtained. A failed write never drops it: the
 * pair is kept as pending (saved by the client's next call through the
 * store, or by background retries), the failure is reported, and the
 * caller keeps the lock until it is saved. `'pending'`, `undefined` when
 * saved, or the newer pair another writer stored.
 */
export async function saveTokens(
  backend: ImgurStoreBackend,
  shared: SharedState,
  expected: string | undefined | null,
  next: StoredTokens,
  owner: string,
): Promise<StoredTokens | 'pending' | undefined> {
  try {
    return await writeTokens(backend, expected, next);
  } catch (error) {
    shared.pending = { expected, next, owner };
    shared.report(error, 'the client uses the refreshed token pair and saves it to the store once it answers', [next.accessToken, next.refreshToken]);
    shared.schedule();
    return 'pending';
  }
}
