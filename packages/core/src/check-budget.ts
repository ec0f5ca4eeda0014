import type { OperationMeta } from './types.js';
import type { ClientState } from './client-state.js';
import { ImgurBudgetError } from './errors/usage-errors.js';

/**
 * Refuses a call (before sending) when the last seen rate-limit headers say it
 * would take the remaining credits below `budget`. A call costs
 * `meta.credits` (default 1; uploads 10). Nothing is refused without a budget,
 * before the first response, for calls costing 0 (`getCredits`), or once the
 * snapshot's `X-RateLimit-UserReset` time has passed.
 */
export function checkBudget(state: ClientState, meta: OperationMeta): void {
  const { budget, lastRateLimit: seen } = state;
  const cost = meta.credits ?? 1;
  // Free calls (getCredits) always go through, so a stale snapshot can be refreshed.
  if (!budget || !seen || cost === 0) return;
  if (seen.userReset !== undefined && Date.now() >= seen.userReset * 1000) return;
  const pairs = [
    ['client', seen.clientRemaining, budget.minClientRemaining],
    ['user', seen.userRemaining, budget.minUserRemaining],
  ] as const;
  for (const [who, remaining, floor] of pairs) {
    if (remaining !== undefined && floor !== undefined && remaining - cost < floor) {
      throw new ImgurBudgetError(
        `${meta.id} refused: it costs ${cost} credit(s) and ${remaining} ${who} credits remain; the budget keeps at least ${floor}.`,
      );
    }
  }
}
