import type { ImgurTokens } from './types.js';
import { ImgurAccessDeniedError, ImgurAuthError } from './errors/auth-errors.js';

function paramsOf(urlOrHash: string | URL): URLSearchParams {
  const text = String(urlOrHash);
  const hashAt = text.indexOf('#');
  const queryAt = text.indexOf('?');
  const params = new URLSearchParams(queryAt >= 0 ? text.slice(queryAt + 1, hashAt > queryAt ? hashAt : undefined) : '');
  const fragment = hashAt >= 0 ? text.slice(hashAt + 1) : queryAt < 0 && !/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : '';
  for (const [k, v] of new URLSearchParams(fragment)) params.set(k, v);
  return params;
}

function optionalNumber(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Reads the tokens from the redirect Imgur sends the user back to (a full
 * URL, `location.hash`, or the bare fragment). Throws `ImgurAuthError` when
 * `state` differs from `expectedState` or no `access_token` is present, and
 * `ImgurAccessDeniedError` for `error=access_denied`. `expires_in` is passed
 * through as reported; do not compute an expiry from it (Imgur reports values
 * that disagree with its documented one-month lifetime).
 */
export function parseAuthorizationCallback(urlOrHash: string | URL, options: { readonly expectedState: string }): ImgurTokens {
  const params = paramsOf(urlOrHash);
  if (params.get('state') !== options.expectedState) {
    throw new ImgurAuthError('OAuth callback: state does not match the one sent with the authorization request (possible CSRF); start the login again.');
  }
  const error = params.get('error');
  if (error === 'access_denied') throw new ImgurAccessDeniedError('OAuth callback: the user denied access (error=access_denied).');
  if (error) throw new ImgurAuthError(`OAuth callback: authorization failed (error=${error}).`);
  const accessToken = params.get('access_token');
  if (!accessToken) throw new ImgurAuthError('OAuth callback: no access_token in the redirect URL.');
  return {
    access_token: accessToken,
    refresh_token: params.get('refresh_token') ?? undefined,
    expires_in: optionalNumber(params.get('expires_in')),
    token_type: params.get('token_type') ?? undefined,
    account_username: params.get('account_username') ?? undefined,
    account_id: optionalNumber(params.get('account_id')),
  };
}
