import type { ImgurTokens, OperationMeta } from './types.js';
import { secretsOf, storeTokens, type ClientState } from './client-state.js';
import { exchange } from './send.js';
import { log } from './log.js';
import { ImgurRefreshError } from './errors/auth-errors.js';

const TOKEN: OperationMeta = { id: 'token refresh', method: 'POST', path: '/oauth2/token', security: [], envelope: false, credits: 0 };

async function refresh(state: ClientState): Promise<void> {
  const fail = (message: string, status?: number, cause?: unknown): ImgurRefreshError =>
    new ImgurRefreshError(message, status, { cause, secrets: secretsOf(state) });
  const form = { refresh_token: state.refreshToken!, client_id: state.clientId!, client_secret: state.clientSecret!, grant_type: 'refresh_token' };
  let result;
  try {
    ({ result } = await exchange(state, TOKEN, `${state.baseUrl}${TOKEN.path}`, new Headers(), new URLSearchParams(form), { retries: 0 }));
  } catch (error) {
    throw fail((error as Error).message, undefined, error);
  }
  const tokens = result.data as ImgurTokens | undefined;
  if (result.error) throw fail(result.error.message, result.response?.status, result.error);
  if (typeof tokens?.access_token !== 'string') throw fail(`POST ${TOKEN.path} (${TOKEN.id}): no access_token in the response`, result.response.status);
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
  return (state.refreshing ??= refresh(state).finally(() => {
    state.refreshing = undefined;
  }));
}
