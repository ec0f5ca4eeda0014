import { describe, expect, it } from 'vitest';
import { retryDelay } from '../../src/http/retry-delay.js';
import type { HttpMethod } from '../../src/types/operation-meta.js';

interface RetryContext {
  readonly method: HttpMethod;
  readonly retryPost: boolean;
  readonly retries: number;
  readonly attempt: number;
  readonly maxDelayMs: number;
  readonly random: () => number;
  readonly now: number;
  readonly response?: Response;
}

const now = Date.parse('2026-01-01T00:00:00Z');
const base: RetryContext = { method: 'GET', retryPost: false, retries: 3, attempt: 0, maxDelayMs: 60_000, random: () => 0.5, now };
const res = (status: number, headers: Record<string, string> = {}) => new Response(null, { status, headers });

describe('retryDelay', () => {
  const cases: { name: string; ctx: Partial<RetryContext>; want: number | undefined }[] = [
    { name: 'network error, attempt 0: jitter of 500', ctx: {}, want: 250 },
    { name: 'network error, attempt 2: jitter of 2000', ctx: { attempt: 2 }, want: 1000 },
    { name: 'jitter capped by maxDelayMs', ctx: { attempt: 20, retries: 30, maxDelayMs: 1000 }, want: 500 },
    { name: 'full jitter can be 0', ctx: { random: () => 0 }, want: 0 },
    { name: 'out of retries', ctx: { attempt: 3 }, want: undefined },
    { name: 'POST not retried', ctx: { method: 'POST' }, want: undefined },
    { name: 'POST retried when opted in', ctx: { method: 'POST', retryPost: true }, want: 250 },
    { name: 'PATCH never retried', ctx: { method: 'PATCH', retryPost: true }, want: undefined },
    { name: 'PUT, DELETE, HEAD retried', ctx: { method: 'DELETE' }, want: 250 },
    { name: '503 retried', ctx: { response: res(503) }, want: 250 },
    { name: '500 not retried', ctx: { response: res(500) }, want: undefined },
    { name: '404 not retried', ctx: { response: res(404) }, want: undefined },
    { name: 'Retry-After seconds', ctx: { response: res(503, { 'Retry-After': '3' }) }, want: 3000 },
    { name: 'Retry-After date', ctx: { response: res(429, { 'Retry-After': 'Thu, 01 Jan 2026 00:00:10 GMT' }) }, want: 10_000 },
    { name: 'Retry-After in the past: backoff, not an immediate retry', ctx: { response: res(503, { 'Retry-After': 'Wed, 31 Dec 2025 00:00:00 GMT' }) }, want: 250 },
    { name: 'Retry-After 0: at once', ctx: { response: res(503, { 'Retry-After': '0' }) }, want: 0 },
    { name: 'negative Retry-After: backoff, not an immediate retry', ctx: { response: res(503, { 'Retry-After': '-5' }) }, want: 250 },
    { name: 'huge Retry-After: give up', ctx: { response: res(503, { 'Retry-After': '99999999999' }) }, want: undefined },
    // Retry-After is digits or an HTTP date (RFC 9110): anything else is ignored like garbage.
    { name: 'Retry-After in exponent form: ignored, backoff', ctx: { response: res(503, { 'Retry-After': '1e300' }) }, want: 250 },
    { name: 'Retry-After in hex: ignored, backoff', ctx: { response: res(503, { 'Retry-After': '0x1' }) }, want: 250 },
    { name: '429 with a reset already past: backoff', ctx: { response: res(429, { 'X-RateLimit-UserReset': String(now / 1000 - 20) }) }, want: 250 },
    { name: 'Retry-After garbage falls back to jitter', ctx: { response: res(503, { 'Retry-After': 'soon' }) }, want: 250 },
    { name: 'Retry-After beyond the cap: give up', ctx: { response: res(503, { 'Retry-After': '61' }) }, want: undefined },
    { name: '429 waits for the user reset', ctx: { response: res(429, { 'X-RateLimit-UserReset': String(now / 1000 + 20) }) }, want: 20_000 },
    {
      name: '429 with a negative Retry-After waits for the user reset',
      ctx: { response: res(429, { 'Retry-After': '-5', 'X-RateLimit-UserReset': String(now / 1000 + 20) }) },
      want: 20_000,
    },
    { name: '429 with a reset that is not digits (Infinity): ignored, backoff', ctx: { response: res(429, { 'X-RateLimit-UserReset': 'Infinity' }) }, want: 250 },
    { name: '429 with reset beyond the cap', ctx: { response: res(429, { 'X-RateLimit-UserReset': String(now / 1000 + 3600) }) }, want: undefined },
    { name: '429 without hints: jitter', ctx: { response: res(429) }, want: 250 },
    { name: '429 with no client credits: never', ctx: { response: res(429, { 'X-RateLimit-ClientRemaining': '0' }) }, want: undefined },
    // The live API sends seconds from now (X-RateLimit-UserReset: 3600), not an epoch: below 1e9 counts from `now`.
    { name: '429 with a reset in seconds from now', ctx: { response: res(429, { 'X-RateLimit-UserReset': '20' }) }, want: 20_000 },
    { name: '429 with a fractional reset: ignored, backoff', ctx: { response: res(429, { 'X-RateLimit-UserReset': ' 1.5 ' }) }, want: 250 },
    // A header sent twice counts as its lowest value, as in parseRateLimit.
    { name: '429 with client credits 5 and 0: never', ctx: { response: res(429, { 'X-RateLimit-ClientRemaining': '5, 0' }) }, want: undefined },
    { name: '429 with resets 3600 and 7200: beyond the cap', ctx: { response: res(429, { 'X-RateLimit-UserReset': '3600, 7200' }) }, want: undefined },
    { name: '429 with resets 2 and 3600: waits 2 s', ctx: { response: res(429, { 'X-RateLimit-UserReset': '2, 3600' }) }, want: 2000 },
    { name: '429 with the recorded 3600 beyond the cap: not retried', ctx: { response: res(429, { 'X-RateLimit-UserReset': '3600' }) }, want: undefined },
    { name: '429 with the recorded 3600 within a larger cap', ctx: { maxDelayMs: 3_600_000, response: res(429, { 'X-RateLimit-UserReset': '3600' }) }, want: 3_600_000 },
    { name: '429 with a reset of 0 seconds: backoff', ctx: { response: res(429, { 'X-RateLimit-UserReset': '0' }) }, want: 250 },
    {
      name: '429 with a reset just below the epoch floor counts as seconds: beyond the cap',
      ctx: { response: res(429, { 'X-RateLimit-UserReset': '999999999' }) },
      want: undefined,
    },
    { name: '503 ignores the user reset', ctx: { response: res(503, { 'X-RateLimit-UserReset': String(now / 1000 + 20) }) }, want: 250 },
  ];
  for (const { name, ctx, want } of cases) {
    it(`${name} -> ${want}`, () => {
      const c = { ...base, ...ctx };
      expect(retryDelay(c.method, c.retryPost, c.retries, c.attempt, c.maxDelayMs, c.random, c.now, c.response)).toBe(want);
    });
  }
});
