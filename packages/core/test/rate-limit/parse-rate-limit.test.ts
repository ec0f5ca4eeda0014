import { describe, expect, it } from 'vitest';
import { parseRateLimit } from '../../src/rate-limit/parse-rate-limit.js';

describe('parseRateLimit', () => {
  it('parses every documented header', () => {
    const headers = new Headers({
      'X-RateLimit-UserLimit': '2000',
      'X-RateLimit-UserRemaining': '1990',
      'X-RateLimit-UserReset': '1700000000',
      'X-RateLimit-ClientLimit': '12500',
      'X-RateLimit-ClientRemaining': '12000',
      'X-Post-Rate-Limit-Limit': '1250',
      'X-Post-Rate-Limit-Remaining': '1249',
      'X-Post-Rate-Limit-Reset': '3600',
    });
    expect(parseRateLimit(headers)).toEqual({
      userLimit: 2000,
      userRemaining: 1990,
      userReset: 1700000000,
      clientLimit: 12500,
      clientRemaining: 12000,
      postLimit: 1250,
      postRemaining: 1249,
      postReset: 3600,
    });
  });

  it('counts a header sent twice as its lowest value, so a repeat cannot switch the budget guard off', () => {
    const headers = new Headers();
    headers.append('X-RateLimit-ClientRemaining', '5000');
    headers.append('X-RateLimit-ClientRemaining', '50');
    headers.append('X-RateLimit-UserRemaining', '50');
    headers.append('X-RateLimit-UserRemaining', '50');
    headers.append('X-RateLimit-UserLimit', '50');
    headers.append('X-RateLimit-UserLimit', 'lots');
    const got = parseRateLimit(headers);
    expect([got.clientRemaining, got.userRemaining, got.userLimit]).toEqual([50, 50, undefined]);
  });

  it('leaves absent, empty and garbled values undefined', () => {
    const got = parseRateLimit(new Headers({ 'X-RateLimit-UserLimit': '', 'X-RateLimit-ClientRemaining': 'lots' }));
    expect(Object.values(got).every((v) => v === undefined)).toBe(true);
  });
});
