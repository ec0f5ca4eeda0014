import type { AuthScheme, OperationMeta } from './types.js';
import type { ClientState } from './client-state.js';
import { ImgurAuthError } from './errors/auth-errors.js';

/** True when the client can obtain a new access token by itself. */
export function canRefresh(state: ClientState): boolean {
  return Boolean(state.refreshToken && state.clientId && state.clientSecret);
}

/**
 * Picks the scheme for one operation: Bearer when the route accepts it and a
 * user token exists (or can be obtained by refreshing), else Client-ID
 * (or Bearer when only a user token is configured).
 * Throws `ImgurAuthError` before sending when no usable credential exists.
 */
export function chooseAuth(state: ClientState, meta: OperationMeta): AuthScheme | undefined {
  const { security } = meta;
  if (security.length === 0) return undefined;
  const hasUser = Boolean(state.accessToken) || canRefresh(state);
  if (security.includes('bearer') && hasUser) return 'bearer';
  if (security.includes('clientId') && state.clientId) return 'clientId';
  // A user token also identifies the app, so Imgur accepts it on Client-ID routes.
  if (security.includes('clientId') && state.accessToken) return 'bearer';
  if (security.includes('bearer') && !security.includes('clientId')) {
    throw new ImgurAuthError(
      `${meta.id} (${meta.method} ${meta.path}) needs a user access token: pass accessToken (or refreshToken with clientId and clientSecret) to createImgurClient.`,
    );
  }
  throw new ImgurAuthError(`${meta.id} (${meta.method} ${meta.path}) needs a Client ID or a user access token: pass clientId to createImgurClient.`);
}
