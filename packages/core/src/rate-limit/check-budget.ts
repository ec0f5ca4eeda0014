import type { OperationMeta } from '../types/operation-meta.js';
import type { ClientState } from '../state/client-state.js';
import { ImgurBudgetError } from '../errors/usage-errors.js';

/**
 * Refuses a call (before sending) when the last seen rate-limit headers say it
 * would take the remaining credits below `budget`. A call costs
 * `meta.credits` (default 1; uploads 10). Nothing is refused without a budget,
 * before the first response, for calls costing 0 (`getCredits`, so a stale
 * snapshot can be refreshed), or once the snapshot's `X-RateLimit-UserReset` time has passed.
 */
export function checkBudget({ budget, lastRateLimit: seen }: ClientState, { credits: cost = 1, id }: OperationMeta): void {
  if (!budget || !seen || !cost || Date.now() >= (seen.userReset ?? Infinity) * 1000) return;
  for (const [who, remaining, floor] of [
    ['client', seen.clientRemaining, budget.minClientRemaining],
    ['user', seen.userRemaining, budget.minUserRemaining],
  ] as const) {
    if (remaining! - cost < floor!) {
      throw new ImgurBudgetError(`${id} refused: it costs ${cost} credit(s) and ${remaining} ${who} credits remain; the budget keeps at least ${floor}.`);
    }
  }
}
