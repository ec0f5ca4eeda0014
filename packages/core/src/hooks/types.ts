import type { ImgurError } from '../errors/imgur-error.js';
import type { ImgurResult } from '../call/result.js';
import type { ImgurLogEvent } from '../types/log-event.js';
import type { ImgurAttempt, ImgurCall, ImgurCallOutcome } from '../types/hooks.js';

/**
 * Hooks on every call of a client (`createHooks(...hooks)`, then
 * `createImgurClient({ hooks })`). All are optional and may be async. A hook
 * that throws fails its call (and only it) with `ImgurHookError`.
 */
export interface ImgurHooks {
  /** Before the call is sent (after the input is checked). */
  before?(call: ImgurCall): void | Promise<void>;
  /** Before each attempt: may change its headers and query. */
  request?(call: ImgurCall, attempt: ImgurAttempt): void | Promise<void>;
  /** After a successful call. */
  after?(call: ImgurCall, outcome: ImgurCallOutcome): void | Promise<void>;
  /** After a failed call, with its typed error. */
  error?(call: ImgurCall, error: ImgurError, outcome: ImgurCallOutcome): void | Promise<void>;
  /** Every event of the call (retries, refreshes, cache hits, ...), whatever the log level; a throw here is ignored. */
  event?(call: ImgurCall, event: ImgurLogEvent): void;
  /**
   * Around the whole call, retries and refreshes included: call `next()` once
   * and return its result (or another). The first hooks given are outermost.
   */
  wrap?(call: ImgurCall, next: () => Promise<ImgurResult<unknown>>): Promise<ImgurResult<unknown>>;
}
