import type { RateLimitInfo } from './types.js';

function num(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

/** Parses Imgur's `X-RateLimit-*` and `X-Post-Rate-Limit-*` response headers; absent or garbled values are `undefined`. */
export function parseRateLimit(headers: Headers): RateLimitInfo {
  return {
    userLimit: num(headers, 'X-RateLimit-UserLimit'),
    userRemaining: num(headers, 'X-RateLimit-UserRemaining'),
    userReset: num(headers, 'X-RateLimit-UserReset'),
    clientLimit: num(headers, 'X-RateLimit-ClientLimit'),
    clientRemaining: num(headers, 'X-RateLimit-ClientRemaining'),
    postLimit: num(headers, 'X-Post-Rate-Limit-Limit'),
    postRemaining: num(headers, 'X-Post-Rate-Limit-Remaining'),
    postReset: num(headers, 'X-Post-Rate-Limit-Reset'),
  };
}
