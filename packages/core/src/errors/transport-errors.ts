import { ImgurError } from './imgur-error.js';

/** The request never got a usable HTTP response (DNS, TLS, connection reset, CORS…). `cause` holds the original error. */
export class ImgurNetworkError extends ImgurError {
  override readonly name: string = 'ImgurNetworkError';
}

/**
 * A redirect was refused: to another origin than the base URL's (credentials
 * and custom headers never leave it), to a non-HTTP URL, more than 20 in a
 * row, or one the browser hides from the page (`opaqueredirect`). Not retried.
 */
export class ImgurRedirectError extends ImgurNetworkError {
  override readonly name: string = 'ImgurRedirectError';
}

/** The response body, counted after decompression, passed `maxResponseBytes`; the request was aborted. Not retried. */
export class ImgurResponseTooLargeError extends ImgurNetworkError {
  override readonly name: string = 'ImgurResponseTooLargeError';
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
