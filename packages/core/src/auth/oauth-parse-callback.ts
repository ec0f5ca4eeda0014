import type { ImgurTokens } from '../types/tokens.js';
import { toNumber } from '../rate-limit/parse-rate-limit.js';
import { ImgurAccessDeniedError, ImgurAuthError } from '../errors/auth-errors.js';
import { ImgurUsageError } from '../errors/usage-errors.js';

/** Longest redirect URL read, in characters: Imgur's are under 1,000 (a 40-character token pair and a few fields after the app's own URL). */
const MAX_CALLBACK_LENGTH = 16_384;

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
 * Bounded work: input longer than 16,384 characters is refused
 * (`ImgurAuthError`) before it is parsed; parsing is linear in its length,
 * and every `state` in it must match before anything else is read.
 */
export function parseAuthorizationCallback(urlOrHash: string | URL, { expectedState }: { readonly expectedState: string }): ImgurTokens {
  if (typeof expectedState !== 'string' || !expectedState) {
    throw new ImgurUsageError('parseAuthorizationCallback: expectedState is empty or missing (the state stored when the login started); start the login again.');
  }
  const text = String(urlOrHash);
  const fail = (why: string): ImgurAuthError => new ImgurAuthError(`OAuth callback: ${why}`);
  if (text.length > MAX_CALLBACK_LENGTH)
    throw fail(`the redirect URL has ${text.length} characters, more than the ${MAX_CALLBACK_LENGTH} read (not a redirect from Imgur); start the login again.`);
  // One Map write per field (URLSearchParams#set rescans every field: quadratic); later fields win, the fragment over the query.
  const params = new Map<string, string>();
  const states = new Set<string>();
  const parts = /[?#]/.test(text) || /^[a-z][a-z0-9+.-]*:/i.test(text) ? text.split(/[?#]/).slice(1) : [text];
  for (const part of parts)
    for (const [k, v] of new URLSearchParams(part)) {
      params.set(k, v);
      if (k === 'state') states.add(v);
    }
  const get = (key: string): string | undefined => params.get(key);
  if (!params.size) throw fail('the URL has no fragment or query parameters (not a redirect from Imgur); start the login again.');
  if (!states.size || states.has('')) throw fail('no state in the redirect URL (not a redirect of this login); start the login again.');
  if (states.size > 1 || !states.has(expectedState)) throw fail('state does not match the one sent (possible CSRF); start the login again.');
  const error = get('error');
  if (error === 'access_denied') throw new ImgurAccessDeniedError('OAuth callback: the user denied access (error=access_denied).');
  if (error) throw fail(`authorization failed (error=${error.slice(0, 100)}).`);
  const accessToken = get('access_token');
  if (!accessToken) throw fail('no access_token in the redirect URL.');
  return {
    access_token: accessToken,
    refresh_token: get('refresh_token'),
    expires_in: toNumber(params.get('expires_in') ?? null),
    token_type: get('token_type'),
    account_username: get('account_username'),
    account_id: toNumber(params.get('account_id') ?? null),
  };
}
