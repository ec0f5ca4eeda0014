import type { AuthScheme, OperationMeta } from '../types/operation-meta.js';
import type { ClientState } from '../state/client-state.js';
import { ImgurAuthError } from '../errors/auth-errors.js';

/** True when the client can obtain a new access token by itself. */
export function canRefresh(state: ClientState): boolean {
  return !!(state.refreshToken && state.clientId && state.clientSecret);
}

/**
 * Picks the scheme for one operation: Bearer when the route accepts it and a
 * user token exists (or can be obtained by refreshing), else Client-ID
 * (or Bearer when only a user token is configured: it identifies the app too).
 * Throws `ImgurAuthError` before sending when no usable credential exists.
 */
export function chooseAuth(state: ClientState, { security, id, method, path }: OperationMeta): AuthScheme | undefined {
  const bearer = security.includes('bearer');
  const clientId = security.includes('clientId');
  if (!security.length) return undefined;
  if (bearer && (state.accessToken || canRefresh(state))) return 'bearer';
  if (clientId && (state.clientId || state.accessToken)) return state.clientId ? 'clientId' : 'bearer';
  throw new ImgurAuthError(
    `${id} (${method} ${path}) needs ${clientId ? 'a Client ID or ' : ''}a user access token: pass ${clientId ? 'clientId' : 'accessToken, or refreshToken with clientId and clientSecret'}.`,
  );
}
