import type { UploadProgress } from './upload-progress.js';

/** Per-call options accepted by every operation, `upload`, `paginate` and `getCredits`. */
export interface CallOptions {
  /** Aborts the call (including retries and backoff sleeps); surfaces as `ImgurAbortError`. */
  readonly signal?: AbortSignal;
  /** Per-attempt timeout in milliseconds (started again by every piece of an upload sent); overrides the client's `timeoutMs`. */
  readonly timeoutMs?: number;
  /** Maximum retries for this call; overrides the client's `retries`. */
  readonly retries?: number;
  /** Longest wait before a retry for this call, in milliseconds (a `Retry-After` or reset asking for more gives up at once); overrides the client's `maxRetryDelayMs`. */
  readonly maxRetryDelayMs?: number;
  /** Allow retrying this call even though it is a POST (not idempotent). */
  readonly retryPost?: boolean;
  /** Largest response body for this call, in bytes after decompression; overrides the client's `maxResponseBytes`. */
  readonly maxResponseBytes?: number;
  /** Extra request headers for this call (cannot override `Authorization`; invalid names or values are an `ImgurUsageError`). */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Reports how much of the request body has been sent (uploads): at least
   * once per 64 KB sent and once at 100% (where the runtime reports progress
   * that finely). Browsers' fetch reports none: the browser build then sends
   * the request through `XMLHttpRequest`, reporting as often as the browser
   * fires upload progress events (Chromium: about every 100 ms), unless a
   * custom `fetch` is given (or there is no `XMLHttpRequest`): then the one
   * event at 100% comes when the response arrives. Starts again from 0 if the
   * body is sent again (a retry).
   */
  readonly onProgress?: (progress: UploadProgress) => void;
}
