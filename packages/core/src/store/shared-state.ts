import type { ClientState } from '../state/client-state.js';
import type { StoredTokens } from '../types/store.js';
import type { Transport } from '../types/transport.js';
import type { ImgurStoreBackend } from './types.js';
import { secretsOf } from '../state/client-state.js';
import { emit } from '../state/log.js';

/** What store events name as their operation: the store itself, not a call. */
const STORE = { id: 'shared store', method: '', path: '' };
import { ImgurError } from '../errors/imgur-error.js';
import { writeTokens } from './write-tokens.js';

/** The parts of a client's state a store replaces. */
export type Hooked = ClientState & { transport: Transport; onTokens: ClientState['onTokens'] };

/** A refreshed pair the store could not save yet: what it replaces (`null`: replace whatever is stored), the pair, and the lock kept meanwhile. */
interface PendingTokens {
  readonly expected: string | undefined | null;
  readonly next: StoredTokens;
  readonly owner: string;
}

/** What one client's store hooks share: its state, the token bookkeeping, and how store failures that do not fail a call are reported. */
export interface SharedState {
  readonly state: Hooked;
  /** The access token this client last shared (or started with); `setTokens` makes the client's own differ. */
  known: string | undefined;
  /** The access token last taken from the store (no `onTokens` for it). */
  borrowed: string | undefined;
  pending: PendingTokens | undefined;
  /** Hands a store failure that fails no call to `onError` and the logger (neither may throw into the SDK): its message and what follows from it (`note`), redacting the client's secrets and `secrets`. */
  report(error: unknown, note: string, secrets?: readonly (string | undefined)[]): void;
  /** Saves a pending pair (one attempt at a time); never throws. */
  flush(): Promise<void>;
  /** Retries a pending pair in the background: 6 attempts over about 16 s. */
  schedule(): void;
}

const RETRIES_MS = [250, 500, 1000, 2000, 4000, 8000];

/** The shared bookkeeping of one client on a store. */
export function sharedState(backend: ImgurStoreBackend, state: Hooked, onError: ((error: ImgurError) => void) | undefined): SharedState {
  let flushing: Promise<void> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const shared: SharedState = {
    state,
    known: state.accessToken,
    borrowed: undefined,
    pending: undefined,
    report(error, note, secrets = []) {
      const reason = String((error as Error)?.message ?? error).slice(0, 300);
      const reported = new ImgurError(`${reason} (${note})`, { cause: error, secrets: [...secretsOf(state), ...secrets] });
      try {
        // An async onError that rejects is ignored too (no unhandled rejection).
        Promise.resolve(onError?.(reported)).catch(() => undefined);
      } catch {
        // A throwing onError is ignored: reporting must not fail the call.
      }
      // A throwing logger is ignored by emit.
      emit(state, 'warn', 'store-error', STORE, reported.message, { error: reported.name });
    },
    flush() {
      const pending = shared.pending;
      if (!pending) return Promise.resolve();
      return (flushing ??= (async () => {
        try {
          await writeTokens(backend, pending.expected, pending.next);
          // Saved, or another writer stored a newer pair (it wins): either way nothing is pending.
          if (shared.pending === pending) shared.pending = undefined;
          await backend.releaseLock(pending.owner).catch(() => undefined);
          emit(state, 'debug', 'store-saved', STORE, 'The refreshed token pair was saved in the store.');
        } catch {
          // Still unreachable: the next call or the next scheduled attempt tries again.
        } finally {
          flushing = undefined;
        }
      })());
    },
    schedule() {
      if (timer) return;
      let attempt = 0;
      const next = (): void => {
        timer = setTimeout(async () => {
          await shared.flush();
          timer = undefined;
          if (shared.pending && ++attempt < RETRIES_MS.length) next();
        }, RETRIES_MS[attempt]);
        (timer as { unref?: () => void }).unref?.();
      };
      next();
    },
  };
  return shared;
}
