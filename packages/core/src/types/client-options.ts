import type { ImgurTokens } from './tokens.js';
import type { EtagCache } from './etag-cache.js';
import type { ImgurLogger, ImgurLogLevel } from './log-event.js';
import type { ImgurHookSet } from './hooks.js';

/** Refuse calls that would push the remaining credits below these floors (`ImgurBudgetError`). */
export interface BudgetOptions {
  readonly minClientRemaining?: number;
  readonly minUserRemaining?: number;
}

/** Options of `createImgurClient`. */
export interface ImgurClientOptions {
  /** Your app's Client ID; sent as `Authorization: Client-ID …` on public routes. */
  readonly clientId?: string;
  /** Needed only to refresh tokens. Refused in browsers unless `dangerouslyAllowBrowser`. */
  readonly clientSecret?: string;
  readonly accessToken?: string;
  readonly refreshToken?: string;
  /**
   * Called with new tokens after every refresh, once the client uses them
   * (with a store, also when the store could not save them); persist them.
   * Awaited before the call goes on; a throw or rejection is logged as `warn`
   * and the call goes on with the new tokens.
   */
  readonly onTokens?: (tokens: ImgurTokens) => void | Promise<void>;
  /** Default `https://api.imgur.com` (or the Mashape host when `mashapeKey` is set). */
  readonly baseUrl?: string;
  /** Commercial (Mashape) key: switches the base URL and sends `X-Mashape-Key`. */
  readonly mashapeKey?: string;
  /**
   * Sends every request through this fetch, called as `fetch(url, init)`, not
   * with a `Request`. Without it: node:http/node:https on Node, `globalThis.fetch`
   * (looked up per call) elsewhere.
   */
  readonly fetch?: typeof fetch;
  /**
   * Node only (the default node:http transport): the `http.Agent` or
   * `https.Agent` to send requests with instead of the global keep-alive
   * agents, for example `new HttpsProxyAgent(proxyUrl)` of `https-proxy-agent`
   * for an HTTP(S) proxy (guide 10). Ignored when `fetch` is given and in other runtimes.
   */
  readonly httpAgent?: object;
  /**
   * Per-attempt timeout, default 30 000 ms: the longest wait for a response
   * and its body. While an upload's body is sent, it is the longest pause
   * between two of its pieces (64 KB), so a long upload fails only when it
   * stalls (on Node and with streamed bodies; a body that fetch or a browser
   * sends by itself is timed as a whole).
   */
  readonly timeoutMs?: number;
  /** Retries for idempotent calls, default 2. */
  readonly retries?: number;
  /** Also retry POST calls (off by default: POSTs are not idempotent). */
  readonly retryPost?: boolean;
  /** Longest wait before a retry, default 60 000 ms; longer `Retry-After`/reset waits are not retried. */
  readonly maxRetryDelayMs?: number;
  /**
   * Largest response body, in bytes after decompression, default 12 MiB
   * (12 582 912). A longer body aborts the request with
   * `ImgurResponseTooLargeError` (not retried). `Infinity` disables the cap.
   */
  readonly maxResponseBytes?: number;
  /**
   * Where structured log events go (`console`, pino, or any object with
   * `debug`/`info`/`warn`/`error`); default `console` when a level is set by
   * `logLevel` or `IMGUR_LOG`, else none. Events are redacted; a throwing logger is ignored.
   */
  readonly logger?: ImgurLogger;
  /**
   * Lowest level logged; overrides the `IMGUR_LOG` environment variable
   * (`debug`, `info`, `warn`, `error` or `off`; read on Node, Bun and Deno with
   * env access). Default `warn`.
   */
  readonly logLevel?: ImgurLogLevel | 'off';
  /** Hooks on every call: `createHooks(...hooks)`. Apps without hooks bundle none of their code. */
  readonly hooks?: ImgurHookSet;
  /** `User-Agent` header; ignored in browsers, which forbid setting it. */
  readonly userAgent?: string;
  readonly budget?: BudgetOptions;
  /**
   * Enable conditional GETs: `createEtagCache({ maxEntries?, maxBytes? })` (the
   * built-in LRU), or your own object with `get` and `set`. Apps without a
   * cache do not bundle the LRU.
   */
  readonly etagCache?: EtagCache;
  /**
   * State shared with other clients and processes (`createMemoryStore()` of
   * `@imgur-ts/core/store`, or `createRedisStore` of `@imgur-ts/redis`): one
   * token refresh at a time, one credit budget, and its ETag cache when
   * `etagCache` is not set. Without it (the default), the client keeps all of
   * this to itself, and its bundle holds none of the store code. (The type is
   * `ImgurStore` of `@imgur-ts/core/store`: a function that installs the
   * store on the client's private state.)
   */
  readonly store?: (state: object) => void;
  /** Allow a `clientSecret` in a browser build (it is visible to every user of the page). */
  readonly dangerouslyAllowBrowser?: boolean;
  /** @internal Test hook: random number in [0, 1) for backoff jitter. */
  readonly random?: () => number;
  /** @internal Test hook: sleep used between retries. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}
