import type { RateLimitInfo } from '../types/rate-limit-info.js';
import { resetAt } from './reset-at.js';

/** A header or query value as a finite number; absent, blank or garbled values are `undefined`. */
export function toNumber(raw: string | null): number | undefined {
  const n = raw?.trim() ? Number(raw) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/**
 * A rate-limit header as a number: a header sent more than once (joined as
 * `50, 50` or `5000, 50`) counts as its lowest value, so a repeated header
 * can never raise what the budget guard sees; garbled values are `undefined`.
 */
function lowest(raw: string | null): number | undefined {
  if (!raw?.includes(',')) return toNumber(raw);
  const all = raw.split(',').map((part) => toNumber(part));
  return all.every((n) => n !== undefined) ? Math.min(...(all as number[])) : undefined;
}

/**
 * Parses Imgur's `X-RateLimit-User*`/`Client*` and `X-Post-Rate-Limit-*`
 * response headers into `userLimit`, …, `postReset`; a repeated header counts
 * as its lowest value; absent or garbled values are `undefined`. `headers`:
 * a fetch `Headers`, or anything that looks headers up by name in any case.
 * `userReset` and `clientReset` come out as Unix epoch seconds: a header value
 * of at least 1e9 is taken as an epoch, a smaller one (Imgur sends e.g. `3600`)
 * as seconds from `now` (epoch milliseconds, default `Date.now()`), rounded up.
 */
export function parseRateLimit(headers: { get(name: string): string | null }, now: number = Date.now()): RateLimitInfo {
  // One object literal (a fixed shape) and lower-case names (the fastest lookup in fetch's Headers and in a ResponseHead).
  const get = (name: string): number | undefined => lowest(headers.get(name));
  const reset = (name: string): number | undefined => {
    const n = get(name);
    return n === undefined ? undefined : Math.ceil(resetAt(n, now) / 1000);
  };
  return {
    userLimit: get('x-ratelimit-userlimit'),
    userRemaining: get('x-ratelimit-userremaining'),
    userReset: reset('x-ratelimit-userreset'),
    clientLimit: get('x-ratelimit-clientlimit'),
    clientRemaining: get('x-ratelimit-clientremaining'),
    clientReset: reset('x-ratelimit-clientreset'),
    postLimit: get('x-post-rate-limit-limit'),
    postRemaining: get('x-post-rate-limit-remaining'),
    postReset: get('x-post-rate-limit-reset'),
  };
}
