import type { RateLimitInfo } from './types.js';

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
  const info: Record<string, number | undefined> = {};
  for (const name of ['UserLimit', 'UserRemaining', 'UserReset', 'ClientLimit', 'ClientRemaining', 'PostLimit', 'PostRemaining', 'PostReset']) {
    const post = name.startsWith('Post');
    info[name[0]!.toLowerCase() + name.slice(1)] = toNumber(headers.get(post ? `X-Post-Rate-Limit-${name.slice(4)}` : `X-RateLimit-${name}`));
  }
  return info as unknown as RateLimitInfo;
}
