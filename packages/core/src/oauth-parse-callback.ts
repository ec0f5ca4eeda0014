import type { ImgurTokens } from './types.js';
import { toNumber } from './rate-limit.js';
import { ImgurAccessDeniedError, ImgurAuthError } from './errors/auth-errors.js';

/**
 * Reads the tokens from the redirect Imgur sends the user back to (a full
 * URL, `location.hash`, or the bare fragment; query and fragment are both
 * read). Throws `ImgurAuthError` when `state` differs from `expectedState` or
 * no `access_token` is present, and `ImgurAccessDeniedError` for
 * `error=access_denied`. `expires_in` is passed through as reported; do not
 * compute an expiry from it (Imgur reports values that disagree with its
 * documented one-month lifetime).
 */
export function parseAuthorizationCallback(urlOrHash: string | URL, { expectedState }: { readonly expectedState: string }): ImgurTokens {
  const text = String(urlOrHash);
  const params = new URLSearchParams();
  const parts = /[?#]/.test(text) || /^[a-z][a-z0-9+.-]*:/i.test(text) ? text.split(/[?#]/).slice(1) : [text];
  for (const part of parts) for (const [k, v] of new URLSearchParams(part)) params.set(k, v);
  const get = (key: string): string | undefined => params.get(key) ?? undefined;
  const error = get('error');
  const fail = (why: string): ImgurAuthError => new ImgurAuthError(`OAuth callback: ${why}`);
  if (get('state') !== expectedState) throw fail('state does not match the one sent (possible CSRF); start the login again.');
  if (error === 'access_denied') throw new ImgurAccessDeniedError('OAuth callback: the user denied access (error=access_denied).');
  if (error) throw fail(`authorization failed (error=${error}).`);
  const accessToken = get('access_token');
  if (!accessToken) throw fail('no access_token in the redirect URL.');
  return {
    access_token: accessToken,
    refresh_token: get('refresh_token'),
    expires_in: toNumber(params.get('expires_in')),
    token_type: get('token_type'),
    account_username: get('account_username'),
    account_id: toNumber(params.get('account_id')),
  };
}
