import type { ImgurClientOptions } from './types.js';
import { ImgurUsageError } from './errors/usage-errors.js';

const MINIMUMS = [['timeoutMs', 1], ['retries', 0], ['maxRetryDelayMs', 0]] as const;

/** Throws `ImgurUsageError` naming the option when a numeric option or `baseUrl` is unusable. */
export function validateOptions(options: ImgurClientOptions): void {
  for (const [name, min] of MINIMUMS) {
    const value = options[name];
    if (value !== undefined && !(value >= min && (name !== 'retries' || Number.isInteger(value)))) {
      throw new ImgurUsageError(`createImgurClient: ${name} must be ${name === 'retries' ? 'an integer' : 'a number'} >= ${min}, got ${value}.`);
    }
  }
  if (options.baseUrl !== undefined && !/^https?:\/\/[^/]/i.test(options.baseUrl)) {
    throw new ImgurUsageError(`createImgurClient: baseUrl must be an http(s) URL, got "${options.baseUrl}".`);
  }
}
