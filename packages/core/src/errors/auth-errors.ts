import { ImgurError, type ImgurErrorOptions } from './imgur-error.js';

/**
 * Authentication cannot work as configured: a route needs a user token and
 * none is set, no Client ID, or an OAuth callback is invalid (state mismatch,
 * missing token). Thrown before anything is sent.
 */
export class ImgurAuthError extends ImgurError {
  override readonly name: string = 'ImgurAuthError';
}

/** Refreshing the access token through `POST /oauth2/token` failed. Never retried. */
export class ImgurRefreshError extends ImgurAuthError {
  override readonly name: string = 'ImgurRefreshError';

  constructor(
    message: string,
    /** HTTP status of the token endpoint, when it answered. */
    readonly status: number | undefined,
    options?: ImgurErrorOptions,
  ) {
    super(message, options);
  }
}

/** The user declined the authorization (`error=access_denied` in the callback). */
export class ImgurAccessDeniedError extends ImgurAuthError {
  override readonly name: string = 'ImgurAccessDeniedError';
}
