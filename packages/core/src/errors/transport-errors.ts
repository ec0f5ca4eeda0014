import { ImgurError } from './imgur-error.js';

/** The request never got an HTTP response (DNS, TLS, connection reset, CORS…). `cause` holds the original error. */
export class ImgurNetworkError extends ImgurError {
  override readonly name: string = 'ImgurNetworkError';
}

/** An attempt exceeded `timeoutMs`; the request was aborted. Not retried. */
export class ImgurTimeoutError extends ImgurError {
  override readonly name: string = 'ImgurTimeoutError';
}

/**
 * The caller's `AbortSignal` fired. This SDK's own class (not a DOMException);
 * `cause` is the signal's `reason`.
 */
export class ImgurAbortError extends ImgurError {
  override readonly name: string = 'ImgurAbortError';
}
