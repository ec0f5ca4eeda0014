/**
 * Types shared by the handwritten runtime and the generated resource packages.
 * The generated code depends on exactly these shapes: change them together
 * with packages/codegen.
 */

import type { ImgurError } from './errors/imgur-error.js';
import type { ImgurPromise } from './imgur-promise.js';

/** HTTP methods used by the Imgur API. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD';

/** Authentication schemes an operation accepts: `Authorization: Client-ID …` or `Authorization: Bearer …`. */
export type AuthScheme = 'clientId' | 'bearer';

/** How a request body is encoded on the wire. */
export type BodyEncoding = 'multipart' | 'json' | 'form';

/**
 * One input field of an operation. A plain string when the input key and the
 * wire name are the same; `[inputKey, wireName]` when they differ (for example
 * `['ids', 'ids[]']`).
 */
export type FieldName = string | readonly [key: string, wire: string];

/** How a list operation is paged. */
export type PagingMeta =
  /** Page number as a path segment, e.g. `/3/account/{username}/images/{page}`. */
  | { readonly style: 'path'; readonly param: string }
  /** `page` (and optionally `perPage`, at most `maxPerPage`) as query parameters. */
  | { readonly style: 'query'; readonly param: string; readonly perPage?: string; readonly maxPerPage?: number }
  /** A cursor: the response `data[next]` is sent back as the `param` query parameter. */
  | { readonly style: 'cursor'; readonly param: string; readonly next: string; readonly items: string };

/** Everything the runtime needs to know to send one operation. Emitted by the generator. */
export interface OperationMeta {
  /** Unique operation id, `folder.name`, e.g. `album.getAlbum`. */
  readonly id: string;
  readonly method: HttpMethod;
  /** OpenAPI path template relative to the base URL, e.g. `/3/album/{albumHash}`. */
  readonly path: string;
  /** Accepted schemes. Bearer is used when a user token is configured and accepted; `[]` sends no Authorization header. */
  readonly security: readonly AuthScheme[];
  readonly pathParams?: readonly FieldName[];
  readonly queryParams?: readonly FieldName[];
  readonly headerParams?: readonly FieldName[];
  /** Defaults for optional path segments (Imgur documents e.g. `page` and `sort` segments as optional). */
  readonly defaults?: Readonly<Record<string, string | number | boolean>>;
  readonly body?: {
    readonly encoding: BodyEncoding;
    readonly fields: readonly FieldName[];
    /** Input keys holding file content (sent as files; accept any `UploadSource`). */
    readonly binary?: readonly string[];
  };
  /** True when the 2xx body is Imgur's `{ data, success, status }` envelope (the SDK returns `data`). */
  readonly envelope: boolean;
  readonly paging?: PagingMeta;
  readonly deprecated?: boolean;
  /** Rate-limit credits one call costs (default 1; uploads 10; OAuth 0). */
  readonly credits?: number;
  /** `Accept` header to send, when the route needs one (e.g. `application/vnd.api+json`). */
  readonly accept?: string;
}

/* ------------------------------------------------------------------------ */
/* Runtime types (handwritten runtime; the generated code uses only the      */
/* names `Operation`, `PageableOperation`, `UploadSource` from this part).   */
/* ------------------------------------------------------------------------ */


/** Per-call options accepted by every operation, `upload`, `paginate` and `getCredits`. */
export interface CallOptions {
  /** Aborts the call (including retries and backoff sleeps); surfaces as `ImgurAbortError`. */
  readonly signal?: AbortSignal;
  /** Per-attempt timeout in milliseconds; overrides the client's `timeoutMs`. */
  readonly timeoutMs?: number;
  /** Maximum retries for this call; overrides the client's `retries`. */
  readonly retries?: number;
  /** Allow retrying this call even though it is a POST (not idempotent). */
  readonly retryPost?: boolean;
  /** Largest response body for this call, in bytes after decompression; overrides the client's `maxResponseBytes`. */
  readonly maxResponseBytes?: number;
  /** Extra request headers for this call (cannot override `Authorization`; invalid names or values are an `ImgurUsageError`). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Rate-limit headers of one response, parsed to numbers (`undefined` when absent). */
export interface RateLimitInfo {
  /** `X-RateLimit-UserLimit`: credits per user (IP) and app. */
  readonly userLimit: number | undefined;
  /** `X-RateLimit-UserRemaining`. */
  readonly userRemaining: number | undefined;
  /** `X-RateLimit-UserReset`: unix epoch seconds when user credits reset. */
  readonly userReset: number | undefined;
  /** `X-RateLimit-ClientLimit`: app credits per day. */
  readonly clientLimit: number | undefined;
  /** `X-RateLimit-ClientRemaining`: app credits left today. */
  readonly clientRemaining: number | undefined;
  /** `X-Post-Rate-Limit-Limit`: POST credits per hour (POST responses only). */
  readonly postLimit: number | undefined;
  /** `X-Post-Rate-Limit-Remaining`. */
  readonly postRemaining: number | undefined;
  /** `X-Post-Rate-Limit-Reset`: seconds until the POST limit resets. */
  readonly postReset: number | undefined;
}

/** A successful call's data together with the raw response and its rate-limit headers. */
export interface ImgurResponse<D> {
  readonly data: D;
  /** Status, headers and `url` of the response; its body has already been read into `data`. */
  readonly response: Response;
  readonly rateLimit: RateLimitInfo;
}

/** Result style: never rejects; check `error` first. */
export type ImgurResult<D> =
  | { readonly data: D; readonly error: undefined; readonly response: Response; readonly rateLimit: RateLimitInfo }
  | {
      readonly data: undefined;
      readonly error: ImgurError;
      readonly response?: Response | undefined;
      readonly rateLimit?: RateLimitInfo | undefined;
    };

/** OAuth2 tokens as Imgur returns them from the token endpoint or the authorize redirect. */
export interface ImgurTokens {
  readonly access_token: string;
  readonly refresh_token?: string | undefined;
  /** Seconds as reported by Imgur. Not trustworthy (see README): do not compute an expiry from it. */
  readonly expires_in?: number | undefined;
  readonly token_type?: string | undefined;
  readonly account_username?: string | undefined;
  readonly account_id?: number | undefined;
}

/** Where log lines go. Every line is redacted before it is handed over. */
export interface ImgurLogger {
  /** Receives request/retry/refresh traces (already redacted). */
  debug?(message: string): void;
  /** Receives warnings such as a `Sunset`/`Deprecation` header, once per operation (already redacted). */
  warn?(message: string): void;
}

/** Refuse calls that would push the remaining credits below these floors (`ImgurBudgetError`). */
export interface BudgetOptions {
  readonly minClientRemaining?: number;
  readonly minUserRemaining?: number;
}

/** Bounds of the built-in ETag cache. */
export interface EtagCacheOptions {
  readonly maxEntries?: number;
  readonly maxBytes?: number;
}

/** A cached GET response body. */
export interface EtagEntry {
  readonly etag: string;
  readonly body: string;
}

/** The ETag cache interface; `createEtagCache` returns a bounded LRU implementation. */
export interface EtagCache {
  /** The entry stored under `key` (and marks it most recently used), or `undefined`. */
  get(key: string): EtagEntry | undefined;
  /** Stores an entry, evicting least recently used ones past the entry and byte bounds. */
  set(key: string, entry: EtagEntry): void;
  readonly size: number;
  readonly bytes: number;
}

/** Options of `createImgurClient`. */
export interface ImgurClientOptions {
  /** Your app's Client ID; sent as `Authorization: Client-ID …` on public routes. */
  readonly clientId?: string;
  /** Needed only to refresh tokens. Refused in browsers unless `dangerouslyAllowBrowser`. */
  readonly clientSecret?: string;
  readonly accessToken?: string;
  readonly refreshToken?: string;
  /** Called with new tokens after every refresh; persist them. */
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
  /** Per-attempt timeout, default 30 000 ms. */
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
  readonly logger?: ImgurLogger;
  /** `User-Agent` header; ignored in browsers, which forbid setting it. */
  readonly userAgent?: string;
  readonly budget?: BudgetOptions;
  /**
   * Enable conditional GETs: `createEtagCache({ maxEntries?, maxBytes? })` (the
   * built-in LRU), or your own object with `get` and `set`. Apps without a
   * cache do not bundle the LRU.
   */
  readonly etagCache?: EtagCache;
  /** Allow a `clientSecret` in a browser build (it is visible to every user of the page). */
  readonly dangerouslyAllowBrowser?: boolean;
  /** @internal Test hook: random number in [0, 1) for backoff jitter. */
  readonly random?: () => number;
  /** @internal Test hook: sleep used between retries. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** A configured Imgur client: pass it as the first argument of every operation. */
export interface ImgurClient {
  /** Base URL in use (no trailing slash). */
  readonly baseUrl: string;
  /** Replace the user tokens (e.g. after `parseAuthorizationCallback`). */
  setTokens(tokens: { readonly accessToken?: string | undefined; readonly refreshToken?: string | undefined }): void;
  /** True when a user access token is configured. */
  readonly hasUserToken: boolean;
}

/** Argument list of an operation: the input may be omitted when all its fields are optional. */
export type OperationArgs<I> = {} extends I ? [input?: I, options?: CallOptions] : [input: I, options?: CallOptions];

/** A typed API operation: call it with a client and its input. */
export interface Operation<I, D> {
  (client: ImgurClient, ...args: OperationArgs<I>): ImgurPromise<D>;
  readonly meta: OperationMeta;
}

declare const pageItem: unique symbol;

/** An operation that `paginate` accepts: it has `meta.paging`, and pages hold `Item`s. */
export interface PageableOperation<I, D, Item> extends Operation<I, D> {
  readonly meta: OperationMeta & { readonly paging: PagingMeta };
  /** Phantom: carries the item type for `paginate`. Never set at runtime. */
  readonly [pageItem]?: Item;
}

/** Anything `upload` (and binary body fields) accept. */
export type UploadSource =
  | Blob
  | ArrayBuffer
  | ArrayBufferView
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>
  | string;

/** Options of `paginate`. */
export interface PaginateOptions {
  /** First page number (path/query paging); default: the input's page, else 0. */
  readonly startPage?: number;
  /** Stop after this many pages. */
  readonly maxPages?: number;
  readonly signal?: AbortSignal;
}

/** One page yielded by `paginate(...).pages()`. */
export interface Page<D, Item> {
  readonly items: readonly Item[];
  readonly data: D;
  /** Page number (path/query paging) or the cursor sent (cursor paging; `undefined` first). */
  readonly page: number | string | undefined;
  readonly response: Response;
  readonly rateLimit: RateLimitInfo;
}

/** Async iterator over items, plus `.pages()` over whole pages. */
export interface Paginator<D, Item> extends AsyncIterable<Item> {
  /** Iterates whole pages (items, raw data, page number or cursor, response and rate limits), one in memory at a time. */
  pages(): AsyncIterable<Page<D, Item>>;
}
