import type { ImgurTokens } from '../types/tokens.js';
import { toNumber } from '../rate-limit/parse-rate-limit.js';
import { ImgurAccessDeniedError, ImgurAuthError } from '../errors/auth-errors.js';
import { ImgurUsageError } from '../errors/usage-errors.js';

/**
 * Reads the tokens from the redirect Imgur sends the user back to (a full
 * URL, `location.hash`, or the bare fragment; query and fragment are both
 * read). `expectedState` is the state stored when the login started: an empty
 * or missing one is an `ImgurUsageError` (start the login again), never a
 * pass. Throws `ImgurAuthError` with its own message when the URL has no
 * fragment or query, no `state`, a different `state` (possible CSRF) or no
 * `access_token`, and `ImgurAccessDeniedError` for `error=access_denied`.
 * `expires_in` is passed through as reported; do not compute an expiry from
 * it (Imgur reports values that disagree with its documented one-month lifetime).
 */
export function parseAuthorizationCallback(urlOrHash: string | URL, { expectedState }: { readonly expectedState: string }): ImgurTokens {
  if (typeof expectedState !== 'string' || !expectedState) {
    throw new ImgurUsageError('parseAuthorizationCallback: expectedState is empty or missing (the state stored when the login started); start the login again.');
  }
  const text = String(urlOrHash);
  const params = new URLSearchParams();
  const parts = /[?#]/.test(text) || /^[a-z][a-z0-9+.-]*:/i.test(text) ? text.split(/[?#]/).slice(1) : [text];
  for (const part of parts) for (const [k, v] of new URLSearchParams(part)) params.set(k, v);
  const get = (key: string): string | undefined => params.get(key) ?? undefined;
  const error = get('error');
  const state = get('state');
  const fail = (why: string): ImgurAuthError => new ImgurAuthError(`OAuth callback: ${why}`);
  if (![...params].length) throw fail('the URL has no fragment or query parameters (not a redirect from Imgur); start the login again.');
  if (!state) throw fail('no state in the redirect URL (not a redirect of this login); start the login again.');
  if (state !== expectedState) throw fail('state does not match the one sent (possible CSRF); start the login again.');
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
