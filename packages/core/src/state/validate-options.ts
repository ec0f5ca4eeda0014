import type { ImgurClientOptions } from '../types/client-options.js';
import { ImgurUsageError } from '../errors/usage-errors.js';
import { checkBaseUrl, showBaseUrl } from '../util/check-base-url.js';

/** The numeric options and their least values. */
const NUMBERS = [
  ['timeoutMs', 1],
  ['retries', 0],
  ['maxRetryDelayMs', 0],
  ['maxResponseBytes', 1],
] as const;

const usage = (where: string, what: string, value: unknown): ImgurUsageError => new ImgurUsageError(`${where}: ${what}, got ${value}.`);

/** A refused number as an error names it: strings quoted (so `"0"` is not read as 0), anything else as `String` gives it. */
const show = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : String(value));

/**
 * Throws `ImgurUsageError` naming `where` and the option when `timeoutMs`
 * (a number >= 1), `retries` (an integer >= 0), `maxRetryDelayMs` (>= 0) or `maxResponseBytes` (>= 1) is
 * unusable (not a number at all, such as `"50"` or `true`, included); client options and per-call options alike.
 */
export function checkNumbers(where: string, options: Pick<ImgurClientOptions, 'timeoutMs' | 'retries' | 'maxRetryDelayMs' | 'maxResponseBytes'>): void {
  for (const [name, min] of NUMBERS) {
    const value = options[name];
    const integer = name === 'retries';
    if (value !== undefined && !(typeof value === 'number' && value >= min && (!integer || Number.isInteger(value))))
      throw usage(where, `${name} must be ${integer ? 'an integer' : 'a number'} >= ${min}`, show(value));
  }
}

/**
 * Throws `ImgurUsageError` naming the option when a numeric option, `baseUrl`
 * or `etagCache` is unusable. `baseUrl` must be `https:` (plain `http:` only
 * on a loopback host), without user name, password, query or fragment, and
 * with a host that is Imgur's or does not look like it (see `checkBaseUrl`).
 */
export function validateOptions(options: ImgurClientOptions): void {
  const bad = (what: string, value: unknown): ImgurUsageError => usage('createImgurClient', what, value);
  checkNumbers('createImgurClient', options);
  const why = options.baseUrl === undefined ? undefined : checkBaseUrl(options.baseUrl);
  if (why) throw bad(`baseUrl must be an https: URL (${why})`, showBaseUrl(options.baseUrl));
  const cache = options.etagCache as { get?: unknown; set?: unknown } | undefined;
  if (cache !== undefined && (typeof cache?.get !== 'function' || typeof cache.set !== 'function'))
    throw bad('etagCache must come from createEtagCache() or have get and set', typeof cache);
}
