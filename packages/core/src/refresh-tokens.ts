import type { ImgurTokens } from './types.js';
import { secretsOf, storeTokens, type ClientState } from './client-state.js';
import { applyClientHeaders } from './auth-header.js';
import { fetchOnce } from './fetch-once.js';
import { log } from './log.js';
import { ImgurRefreshError } from './errors/auth-errors.js';

const WHAT = 'POST /oauth2/token (token refresh)';

async function requestTokens(state: ClientState): Promise<ImgurTokens> {
  const secrets = secretsOf(state);
  const body = new URLSearchParams({
    refresh_token: state.refreshToken ?? '',
    client_id: state.clientId ?? '',
    client_secret: state.clientSecret ?? '',
    grant_type: 'refresh_token',
  }).toString();
  const headers = new Headers({ 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' });
  applyClientHeaders(state, headers, undefined);
  let fetched;
  try {
    fetched = await fetchOnce(state, (signal) => new Request(`${state.baseUrl}/oauth2/token`, { method: 'POST', headers, body, signal }), WHAT, state.timeoutMs, undefined);
  } catch (error) {
    throw new ImgurRefreshError(`${WHAT} failed: ${(error as Error).message}`, undefined, { cause: error, secrets });
  }
  const { response, text } = fetched;
  let json: Partial<Record<keyof ImgurTokens | 'error' | 'data', unknown>> | undefined;
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    json = undefined;
  }
  if (!response.ok || typeof json?.access_token !== 'string') {
    const reason = typeof json?.error === 'string' ? json.error : json ? 'no access_token in the response' : 'response body is not JSON';
    throw new ImgurRefreshError(`${WHAT} failed with HTTP ${response.status}: ${reason}`, response.status, { secrets });
  }
  return json as unknown as ImgurTokens;
}

async function refresh(state: ClientState): Promise<void> {
  const tokens = await requestTokens(state);
  storeTokens(state, tokens.access_token, tokens.refresh_token ?? state.refreshToken);
  log(state, 'debug', 'Access token refreshed.');
  try {
    await state.onTokens?.(tokens);
  } catch (error) {
    log(state, 'warn', `onTokens threw: ${(error as Error).message}`);
  }
}

/**
 * Gets a new access token with the refresh token. One refresh at a time per
 * client: concurrent callers share it, and a caller whose failed request used
 * an already replaced token just retries with the new one. Hands the new
 * tokens to `onTokens`. Throws `ImgurRefreshError`; never retries.
 */
export function refreshTokens(state: ClientState, usedToken: string | undefined): Promise<void> {
  if (usedToken !== undefined && state.accessToken !== undefined && state.accessToken !== usedToken) return Promise.resolve();
  state.refreshing ??= refresh(state).finally(() => {
    state.refreshing = undefined;
  });
  return state.refreshing;
}
