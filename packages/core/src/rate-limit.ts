import type { RateLimitInfo } from './types.js';

/** A header or query value as a finite number; absent, blank or garbled values are `undefined`. */
export function toNumber(raw: string | null): number | undefined {
  const n = raw?.trim() ? Number(raw) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** Parses Imgur's `X-RateLimit-*` and `X-Post-Rate-Limit-*` response headers; absent or garbled values are `undefined`. */
export function parseRateLimit(headers: Headers): RateLimitInfo {
  const get = (name: string): number | undefined => toNumber(headers.get(name));
  return {
    userLimit: get('X-RateLimit-UserLimit'),
    userRemaining: get('X-RateLimit-UserRemaining'),
    userReset: get('X-RateLimit-UserReset'),
    clientLimit: get('X-RateLimit-ClientLimit'),
    clientRemaining: get('X-RateLimit-ClientRemaining'),
    postLimit: get('X-Post-Rate-Limit-Limit'),
    postRemaining: get('X-Post-Rate-Limit-Remaining'),
    postReset: get('X-Post-Rate-Limit-Reset'),
  };
}
