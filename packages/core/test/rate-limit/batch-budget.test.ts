import { describe, expect, it } from 'vitest';
import { batchBudget } from '../../src/rate-limit/batch-budget.js';
import { createImgurClient } from '../../src/client/create-client.js';
import { stateOf } from '../../src/state/client-state.js';
import { parseRateLimit } from '../../src/rate-limit/parse-rate-limit.js';
import { ImgurBudgetError, ImgurUsageError } from '../../src/errors/usage-errors.js';
import type { ImgurClient } from '../../src/types/client.js';

const now = Math.floor(Date.now() / 1000);
const headers = (client: number | undefined, user: number | undefined, reset: number | undefined) =>
  parseRateLimit(
    new Headers({
      ...(client === undefined ? {} : { 'X-RateLimit-ClientRemaining': String(client) }),
      ...(user === undefined ? {} : { 'X-RateLimit-UserRemaining': String(user) }),
      ...(reset === undefined ? {} : { 'X-RateLimit-UserReset': String(reset) }),
    }),
  );
const see = (client: ImgurClient, ...args: Parameters<typeof headers>) => {
  stateOf(client).lastRateLimit = headers(...args);
};
const message = (error: ImgurBudgetError | undefined) => error?.message;

describe('batchBudget', () => {
  it('is undefined without a budget, and refuses a non-client', () => {
    expect(batchBudget(createImgurClient({}))).toBeUndefined();
    expect(() => batchBudget({} as ImgurClient)).toThrow(ImgurUsageError);
  });

  it('is blind without numbers or past their reset time, and then refuses nothing', () => {
    const client = createImgurClient({ budget: { minClientRemaining: 20 } });
    const budget = batchBudget(client)!;
    expect(budget.blind).toBe(true);
    expect(budget.refusal('x', 10, 5)).toBeUndefined();
    see(client, 5, undefined, now - 10);
    expect(budget.blind).toBe(true);
    expect(budget.refusal('x', 10, 5)).toBeUndefined();
  });

  it('counts the calls in flight against the client and the user floor', () => {
    const client = createImgurClient({ budget: { minClientRemaining: 20, minUserRemaining: 100 } });
    const budget = batchBudget(client)!;
    see(client, 55, 1000, now + 3600);
    expect(budget.blind).toBe(false);
    expect(budget.refusal('x', 10, 2)).toBeUndefined();
    const refusal = budget.refusal('uploadBatch: items[3] and later were not sent', 10, 3);
    expect(refusal).toBeInstanceOf(ImgurBudgetError);
    expect(message(refusal)).toBe(
      'uploadBatch: items[3] and later were not sent: 55 client credits remain, 3 call(s) in flight cost 30 and one more costs 10; the budget keeps at least 20.',
    );
    see(client, 5000, 125, now + 3600);
    // The client numbers seen before stay the lowest of this window.
    expect(message(budget.refusal('y', 10, 3))).toBe('y: 55 client credits remain, 3 call(s) in flight cost 30 and one more costs 10; the budget keeps at least 20.');
    see(client, 5000, 85, now + 3600);
    expect(message(budget.refusal('z', 10, 0))).toBe('z: 85 user credits remain, 0 call(s) in flight cost 0 and one more costs 10; the budget keeps at least 100.');
  });

  it('keeps the lowest numbers of a window (answers out of order), and takes a later window whole', () => {
    const client = createImgurClient({ budget: { minUserRemaining: 100 } });
    const budget = batchBudget(client)!;
    see(client, undefined, 125, now + 60);
    expect(budget.blind).toBe(false);
    see(client, undefined, 145, now + 60);
    // What a call answered, though the client saw other numbers last.
    budget.seed(headers(undefined, 130, now + 60));
    budget.seed(headers(undefined, undefined, undefined));
    expect(message(budget.refusal('a', 10, 2))).toBe('a: 125 user credits remain, 2 call(s) in flight cost 20 and one more costs 10; the budget keeps at least 100.');
    // A response without a reset time belongs to the window seen.
    see(client, undefined, 115, undefined);
    expect(message(budget.refusal('b', 10, 1))).toMatch(/^b: 115 user credits remain/);
    // A new window replaces the old numbers, and an answer of the old one arriving late does not bring them back.
    see(client, undefined, 2000, now + 3660);
    expect(budget.refusal('c', 10, 1)).toBeUndefined();
    see(client, undefined, 115, now + 60);
    expect(budget.refusal('c', 10, 1)).toBeUndefined();
  });

  it('takes resets sent as seconds from now, read a few seconds apart, as one window', () => {
    const client = createImgurClient({ budget: { minUserRemaining: 100 } });
    const budget = batchBudget(client)!;
    const at = (ms: number, user: number) => parseRateLimit(new Headers({ 'X-RateLimit-UserRemaining': String(user), 'X-RateLimit-UserReset': '3600' }), ms);
    const t = Date.now();
    stateOf(client).lastRateLimit = at(t, 105);
    expect(message(budget.refusal('e', 10, 0))).toMatch(/^e: 105 user credits remain/);
    // An older answer (more credits) read 5 s later: its reset is 5 s later too, but the window is the same.
    stateOf(client).lastRateLimit = at(t + 5000, 140);
    expect(message(budget.refusal('e', 10, 0))).toMatch(/^e: 105 user credits remain/);
    // The /3/credits body's epoch, a second off the headers, is the same window as well.
    budget.seed({ clientRemaining: undefined, userRemaining: 101, userReset: Math.floor(t / 1000) + 3601 });
    expect(message(budget.refusal('e', 10, 0))).toMatch(/^e: 101 user credits remain/);
  });

  it('takes the numbers of a credits body as seeded, and ignores an answer without any', () => {
    const client = createImgurClient({ budget: { minClientRemaining: 20 } });
    const budget = batchBudget(client)!;
    budget.seed(headers(undefined, undefined, now + 60));
    expect(budget.blind).toBe(true);
    budget.seed({ clientRemaining: 25, userRemaining: 1000, userReset: now + 60 });
    expect(budget.blind).toBe(false);
    expect(message(budget.refusal('d', 10, 0))).toMatch(/^d: 25 client credits remain/);
  });
});
