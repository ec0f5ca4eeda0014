import type { ImgurClient } from '../types/client.js';
import type { RateLimitInfo } from '../types/rate-limit-info.js';
import { stateOf } from '../state/client-state.js';
import { ImgurBudgetError } from '../errors/usage-errors.js';
import { WINDOW_SLACK_S } from './reset-at.js';

/** The rate-limit numbers the budget of a batch is checked against. */
type CreditsSeen = Pick<RateLimitInfo, 'clientRemaining' | 'userRemaining' | 'userReset'>;

/**
 * The budget guard of several calls that may be in flight together
 * (`uploadBatch`): unlike `checkBudget`, which sees only the last response, it
 * counts the credits of the calls sent but not answered yet.
 */
export interface BatchBudget {
  /** True while no rate-limit numbers are known, or the known ones are past their `userReset` time: read the credits first. */
  readonly blind: boolean;
  /** Takes the numbers of one answer: a `GET /3/credits` body, or the rate limit of a call's response (ignored without remaining credits). */
  seed(seen: CreditsSeen): void;
  /**
   * The refusal of one more call costing `cost` while `inFlight` calls of the
   * same cost are unanswered, or `undefined` to go ahead. `what` starts the
   * message (what is not sent).
   */
  refusal(what: string, cost: number, inFlight: number): ImgurBudgetError | undefined;
}

/**
 * The lower of two snapshots of one reset window, field by field (responses
 * can arrive out of order, so the last one seen is not always the lowest); of
 * two different windows (user resets more than `WINDOW_SLACK_S` apart), the
 * later one. A snapshot without `userReset` belongs to any window.
 */
const lower = (a: CreditsSeen | undefined, b: CreditsSeen | undefined): CreditsSeen | undefined =>
  !a || !b
    ? (a ?? b)
    : a.userReset !== undefined && b.userReset !== undefined && Math.abs(a.userReset - b.userReset) > WINDOW_SLACK_S
      ? a.userReset > b.userReset
        ? a
        : b
      : { userReset: a.userReset ?? b.userReset, clientRemaining: min(a.clientRemaining, b.clientRemaining), userRemaining: min(a.userRemaining, b.userRemaining) };

const min = (a: number | undefined, b: number | undefined): number | undefined => (a === undefined ? b : b === undefined ? a : Math.min(a, b));

/**
 * The batch budget guard of `client` (`undefined` when it has no `budget`),
 * tracking the lowest credits it has seen since it was created. Like
 * `checkBudget`, a snapshot past its `X-RateLimit-UserReset` time refuses nothing.
 * Throws `ImgurUsageError` for an object that is not an Imgur client.
 */
export function batchBudget(client: ImgurClient): BatchBudget | undefined {
  const state = stateOf(client);
  const { budget } = state;
  if (!budget) return undefined;
  let low: CreditsSeen | undefined;
  const current = (): CreditsSeen | undefined => {
    low = lower(low, state.lastRateLimit);
    return low && Date.now() < (low.userReset ?? Infinity) * 1000 ? low : undefined;
  };
  return {
    get blind() {
      return !current();
    },
    seed(seen) {
      if (seen.clientRemaining !== undefined || seen.userRemaining !== undefined) low = lower(low, seen);
    },
    refusal(what, cost, inFlight) {
      const seen = current();
      for (const [who, remaining, floor] of [
        ['client', seen?.clientRemaining, budget.minClientRemaining],
        ['user', seen?.userRemaining, budget.minUserRemaining],
      ] as const) {
        // An unknown number or floor gives NaN, which is never below.
        if (remaining! - cost * (inFlight + 1) < floor!) {
          return new ImgurBudgetError(
            `${what}: ${remaining} ${who} credits remain, ${inFlight} call(s) in flight cost ${cost * inFlight} and one more costs ${cost}; the budget keeps at least ${floor}.`,
          );
        }
      }
      return undefined;
    },
  };
}
