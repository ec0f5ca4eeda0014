import type { RateLimitInfo } from '../types/rate-limit-info.js';
import type { Transport } from '../types/transport.js';
import type { ImgurStoreBackend } from './types.js';
import type { SharedState } from './shared-state.js';
import { readCredits } from './read-credits.js';
import { ImgurBudgetError } from '../errors/usage-errors.js';

/** The reservations in flight of the clients of one store in this process, with the local time each expires: re-registered when a lost state forgot them. */
export type InFlight = Map<string, { cost: number; until: number }>;

/** Reserving and settling the credits of one client's calls. */
export interface SharedBudget {
  /** Reserves the credits of a call, or throws `ImgurBudgetError` (nothing is sent); the reservation id. */
  reserve(cost: number, call: Parameters<Transport>): Promise<string>;
  /** Ends a reservation with the response's headers (none without a response); a failure is reported, never thrown. */
  settle(id: string, rate: RateLimitInfo | undefined): Promise<void>;
}

/**
 * The credit budget of one client on a store, failing closed: when the
 * store has no snapshot (none yet, or a flush or restart lost it), the
 * budget is unknown, so the client reads the credits from `GET /3/credits`
 * (free; one read at a time per client) and stores them with the
 * reservations still in flight of every client of this store in this
 * process before anything is reserved; a failed read refuses the call.
 */
export function sharedBudget(backend: ImgurStoreBackend, shared: SharedState, send: Transport, holdMs: number, inflight: InFlight): SharedBudget {
  const { state } = shared;
  let seeding: Promise<void> | undefined;

  async function seed(call: Parameters<Transport>): Promise<void> {
    const rate = await readCredits(state, send, call);
    const now = Date.now();
    const holds = [...inflight].filter(([, h]) => h.until > now).map(([id, h]) => ({ id, cost: h.cost, ms: h.until - now }));
    await backend.seedCredits(rate, holds, holdMs);
  }

  return {
    async reserve(cost, call) {
      const { budget } = state;
      for (let seeded = false; ; seeded = true) {
        const held = await backend.reserveCredits({ cost, minClientRemaining: budget?.minClientRemaining, minUserRemaining: budget?.minUserRemaining, holdMs });
        if (typeof held === 'string') {
          inflight.set(held, { cost, until: Date.now() + holdMs });
          return held;
        }
        if (held) {
          throw new ImgurBudgetError(
            `refused: it costs ${cost} credit(s) and ${Math.max(0, held.remaining)} ${held.who} credits remain across all clients sharing the store (in-flight calls counted); the budget keeps at least ${held.floor}`,
          );
        }
        let failure = 'the store still has none';
        if (!seeded) {
          try {
            await (seeding ??= seed(call).finally(() => (seeding = undefined)));
            continue;
          } catch (error) {
            failure = `reading GET /3/credits failed: ${String((error as Error)?.message ?? error).slice(0, 200)}`;
          }
        }
        throw new ImgurBudgetError(`refused: the shared credit budget is unknown (the store holds no rate-limit snapshot) and ${failure}`);
      }
    },
    async settle(id, rate) {
      inflight.delete(id);
      await backend.settleCredits(id, rate).catch((error: unknown) => shared.report(error, `the reservation stops counting after ${holdMs} ms`));
    },
  };
}
