import type { HttpMethod } from '../types/operation-meta.js';
import type { HeaderReader } from '../types/transport.js';
import { resetAt } from '../rate-limit/reset-at.js';
import { lowest } from '../rate-limit/parse-rate-limit.js';

/**
 * Milliseconds to wait before retrying, or undefined to give up. Retries
 * idempotent methods (POST only when opted in) after network errors, 429 and
 * 502/503/504; honours `Retry-After` and, for 429, the user reset header,
 * giving up when they ask for more than `maxDelayMs` (the user reset is epoch
 * seconds from 1e9 on, else seconds from `now`, see `resetAt`); otherwise (also when
 * they are negative or already past) full-jitter exponential backoff. A 429 with no client credits left is never retried
 * (Imgur blocks apps that hit the daily limit repeatedly). Repeated rate-limit headers count as their lowest value.
 */
export function retryDelay(
  method: HttpMethod,
  retryPost: boolean,
  retries: number,
  /** How many retries already happened. */
  attempt: number,
  maxDelayMs: number,
  random: () => number,
  now: number,
  /** The failed response, or undefined after a network error. */
  response?: { readonly status: number; readonly headers: HeaderReader },
): number | undefined {
  if (attempt >= retries || !(/^(GET|HEAD|PUT|DELETE)$/.test(method) || (method === 'POST' && retryPost))) return undefined;
  if (response) {
    const { status, headers } = response;
    // Rate-limit headers as parseRateLimit reads them: a header sent twice counts as its lowest value.
    if (![429, 502, 503, 504].includes(status) || (status === 429 && lowest(headers.get('x-ratelimit-clientremaining')) === 0)) return undefined;
    const after = headers.get('retry-after')?.trim();
    const reset = lowest(headers.get('x-ratelimit-userreset')) ?? 0;
    // Retry-After is delay-seconds (digits) or an HTTP date.
    let ms = after === undefined ? NaN : /^\d+$/.test(after) ? Number(after) * 1000 : Date.parse(after) - now;
    // No usable Retry-After (missing, unparsable, negative or past): a 429 waits for the user reset (a garbled one is ignored).
    if (!(ms >= 0) && status === 429 && reset > 0) ms = resetAt(reset, now) - now;
    // A negative value or a date already past would mean "retry at once": the backoff below applies instead.
    if (ms >= 0) return ms <= maxDelayMs ? ms : undefined;
  }
  return Math.floor(random() * Math.min(maxDelayMs, 500 * 2 ** attempt));
}
