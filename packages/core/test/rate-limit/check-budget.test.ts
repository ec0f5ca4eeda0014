import { describe, expect, it } from 'vitest';
import { checkBudget } from '../../src/rate-limit/check-budget.js';
import { createImgurClient } from '../../src/client/create-client.js';
import { stateOf } from '../../src/state/client-state.js';
import { parseRateLimit } from '../../src/rate-limit/parse-rate-limit.js';
import { ImgurBudgetError } from '../../src/errors/usage-errors.js';
import type { BudgetOptions } from '../../src/types/client-options.js';
import type { OperationMeta } from '../../src/types/operation-meta.js';

const meta = (credits?: number): OperationMeta => ({ id: 'x.op', method: 'GET', path: '/3/x', security: [], envelope: true, ...(credits === undefined ? {} : { credits }) });
const future = String(Math.floor(Date.now() / 1000) + 3600);
const past = String(Math.floor(Date.now() / 1000) - 10);

function check(budget: BudgetOptions | undefined, headers: Record<string, string> | undefined, credits?: number): string {
  const state = stateOf(createImgurClient(budget ? { budget } : {}));
  if (headers) state.lastRateLimit = parseRateLimit(new Headers(headers));
  try {
    checkBudget(state, meta(credits));
    return 'allowed';
  } catch (e) {
    expect(e).toBeInstanceOf(ImgurBudgetError);
    return (e as Error).message;
  }
}

describe('checkBudget', () => {
  const cases: { name: string; budget?: BudgetOptions; headers?: Record<string, string>; credits?: number; want: string | RegExp }[] = [
    { name: 'no budget', headers: { 'X-RateLimit-ClientRemaining': '0' }, want: 'allowed' },
    { name: 'no response seen yet', budget: { minClientRemaining: 5 }, want: 'allowed' },
    { name: 'enough client credits', budget: { minClientRemaining: 5 }, headers: { 'X-RateLimit-ClientRemaining': '6' }, want: 'allowed' },
    {
      name: 'one call would cross the client floor',
      budget: { minClientRemaining: 5 },
      headers: { 'X-RateLimit-ClientRemaining': '5' },
      want: /x\.op refused: it costs 1 credit\(s\) and 5 client credits remain; the budget keeps at least 5/,
    },
    { name: 'an upload (10) would cross it', budget: { minClientRemaining: 5 }, headers: { 'X-RateLimit-ClientRemaining': '14' }, credits: 10, want: /costs 10/ },
    { name: 'user floor', budget: { minUserRemaining: 100 }, headers: { 'X-RateLimit-UserRemaining': '100', 'X-RateLimit-UserReset': future }, want: /100 user credits/ },
    { name: 'free call (getCredits)', budget: { minClientRemaining: 5 }, headers: { 'X-RateLimit-ClientRemaining': '0' }, credits: 0, want: 'allowed' },
    { name: 'snapshot past its user reset', budget: { minUserRemaining: 100 }, headers: { 'X-RateLimit-UserRemaining': '0', 'X-RateLimit-UserReset': past }, want: 'allowed' },
    // As the live API sends it: seconds until the reset, not an epoch. Read as an epoch, 3600 would be long past and the guard off.
    {
      name: 'user floor, reset in seconds (3600)',
      budget: { minUserRemaining: 100 },
      headers: { 'X-RateLimit-UserRemaining': '0', 'X-RateLimit-UserReset': '3600' },
      want: /0 user credits/,
    },
    { name: 'header missing for the floor', budget: { minUserRemaining: 100 }, headers: { 'X-RateLimit-ClientRemaining': '0' }, want: 'allowed' },
  ];
  for (const c of cases) {
    it(`${c.name} -> ${String(c.want)}`, () => {
      const got = check(c.budget, c.headers, c.credits);
      if (typeof c.want === 'string') expect(got).toBe(c.want);
      else expect(got).toMatch(c.want);
    });
  }
});
