import type { HttpMethod } from './types.js';

const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const IDEMPOTENT = new Set<HttpMethod>(['GET', 'HEAD', 'PUT', 'DELETE']);

/** Inputs of the retry decision. */
export interface RetryContext {
  readonly method: HttpMethod;
  readonly retryPost: boolean;
  readonly retries: number;
  /** How many retries already happened. */
  readonly attempt: number;
  readonly maxDelayMs: number;
  readonly random: () => number;
  readonly now: number;
  /** The failed response, or undefined after a network error. */
  readonly response?: Response | undefined;
}

function headerDelay(response: Response, now: number): number | undefined {
  const after = response.headers.get('Retry-After');
  if (after !== null) {
    const secs = Number(after);
    const ms = Number.isFinite(secs) ? secs * 1000 : Date.parse(after) - now;
    if (!Number.isNaN(ms)) return Math.max(0, ms);
  }
  if (response.status !== 429) return undefined;
  const reset = Number(response.headers.get('X-RateLimit-UserReset') ?? NaN);
  return Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - now) : undefined;
}

/**
 * Milliseconds to wait before retrying, or undefined to give up. Retries
 * idempotent methods (POST only when opted in) after network errors, 429 and
 * 502/503/504; honours `Retry-After` and the user reset header, giving up when
 * they ask for more than `maxDelayMs`; otherwise full-jitter exponential
 * backoff. A 429 with no client credits left is never retried (Imgur blocks
 * apps that hit the daily limit repeatedly).
 */
export function retryDelay(ctx: RetryContext): number | undefined {
  if (ctx.attempt >= ctx.retries) return undefined;
  if (!IDEMPOTENT.has(ctx.method) && !(ctx.method === 'POST' && ctx.retryPost)) return undefined;
  const { response } = ctx;
  if (response) {
    if (!RETRY_STATUSES.has(response.status)) return undefined;
    if (response.status === 429 && response.headers.get('X-RateLimit-ClientRemaining')?.trim() === '0') return undefined;
    const wanted = headerDelay(response, ctx.now);
    if (wanted !== undefined) return wanted <= ctx.maxDelayMs ? wanted : undefined;
  }
  const ceiling = Math.min(ctx.maxDelayMs, 500 * 2 ** ctx.attempt);
  return Math.floor(ctx.random() * ceiling);
}
