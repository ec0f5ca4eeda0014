/** Severity of a log event, lowest first; `off` (for `logLevel` and `IMGUR_LOG`) logs nothing. */
export type ImgurLogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * What happened, one name per kind of event (stable; new kinds may be added):
 * - `response` (debug): an attempt got a response;
 * - `cache-hit` (debug): a 304 answered from the ETag cache;
 * - `retry` (info): an attempt failed and the call tries again after `delayMs`;
 * - `refresh` (info) / `refresh-failed` (error): the access token was refreshed, or could not be;
 * - `budget-refused` (warn): the credit budget refused the call before sending;
 * - `redirect-refused` (warn): a redirect off the base URL's origin was refused;
 * - `deprecation` (warn): Imgur marks the operation deprecated (once per operation and client);
 * - `callback-failed` (error): a callback of yours (`onTokens`, `onProgress`) threw or rejected; the call went on (with the new tokens; the upload, without further progress);
 * - `store-error` (warn) / `store-saved` (debug): a shared store (`store` option) failed an operation that
 *   fails no call (saving a refreshed pair, settling credits), or saved a pair it had kept pending.
 */
export type ImgurLogEventName =
  | 'response'
  | 'cache-hit'
  | 'retry'
  | 'refresh'
  | 'refresh-failed'
  | 'budget-refused'
  | 'redirect-refused'
  | 'deprecation'
  | 'callback-failed'
  | 'store-error'
  | 'store-saved';

/**
 * One structured log event. Field names are stable; every string in it is
 * redacted (no token, client secret or Mashape key ever appears).
 */
export interface ImgurLogEvent {
  readonly event: ImgurLogEventName;
  /** The level it is logged at (named so as not to clash with a logger's own `level` field). */
  readonly severity: ImgurLogLevel;
  /** Operation id (`getImage`, `upload`, `token refresh`, ...). */
  readonly operation: string;
  /** HTTP method of the operation. */
  readonly method: string;
  /** Path template of the operation (`/3/image/{imageHash}`), never the filled-in URL. */
  readonly path: string;
  /** The same event as one human-readable line. */
  readonly message: string;
  /** Which request of the call: 0 for the first, then 1, 2, ... for each sent again (a retry, or the replay after a refresh). */
  readonly attempt?: number;
  /** HTTP status of the response, when there was one. */
  readonly status?: number;
  /** Wait before the next attempt (`retry`). */
  readonly delayMs?: number;
  /** Class name of the error involved (`ImgurNetworkError`, `ImgurBudgetError`, ...). */
  readonly error?: string;
}

/**
 * Where log events go: `console`, a pino or bunyan logger, or any object with
 * some of these methods. Each is called as `method(event, event.message)`
 * (object first, as pino expects; `console` prints both). A method that
 * throws is ignored: logging never fails a call.
 */
export interface ImgurLogger {
  /** Receives events of level `debug`. */
  debug?(event: ImgurLogEvent, message: string): void;
  /** Receives events of level `info`. */
  info?(event: ImgurLogEvent, message: string): void;
  /** Receives events of level `warn`. */
  warn?(event: ImgurLogEvent, message: string): void;
  /** Receives events of level `error`. */
  error?(event: ImgurLogEvent, message: string): void;
}
