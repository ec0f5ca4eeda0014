import type { RateLimitInfo } from '../types/rate-limit-info.js';

/** A header or query value as a finite number; absent, blank or garbled values are `undefined`. */
export function toNumber(raw: string | null): number | undefined {
  const n = raw?.trim() ? Number(raw) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Parses Imgur's `X-RateLimit-User*`/`Client*` and `X-Post-Rate-Limit-*`
 * response headers into `userLimit`, …, `postReset`; absent or garbled values are `undefined`.
 */
export function parseRateLimit(headers: Headers): RateLimitInfo {
  // One object literal (a fixed shape) and lower-case names (the fastest lookup in fetch's Headers).
  const get = (name: string): number | undefined => toNumber(headers.get(name));
  return {
    userLimit: get('x-ratelimit-userlimit'),
    userRemaining: get('x-ratelimit-userremaining'),
    userReset: get('x-ratelimit-userreset'),
    clientLimit: get('x-ratelimit-clientlimit'),
    clientRemaining: get('x-ratelimit-clientremaining'),
    postLimit: get('x-post-rate-limit-limit'),
    postRemaining: get('x-post-rate-limit-remaining'),
    postReset: get('x-post-rate-limit-reset'),
  };
}
