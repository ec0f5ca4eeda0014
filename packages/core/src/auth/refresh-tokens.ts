import type { ImgurResult } from '../call/result.js';
import type { ImgurTokens } from '../types/tokens.js';
import type { OperationMeta } from '../types/operation-meta.js';
import type { CallOptions } from '../types/call-options.js';
import { secretsOf, storeTokens, type ClientState } from '../state/client-state.js';
import { emit } from '../state/log.js';
import { describeOperation } from '../call/describe-operation.js';
import { ImgurRefreshError } from '../errors/auth-errors.js';

/**
 * Sends one request through the pipeline (`exchange` of http/exchange.ts).
 * The caller hands it in, so this module does not import the pipeline that
 * calls it.
 */
export type Exchange = (
  state: ClientState,
  meta: OperationMeta,
  url: string,
  headers: Readonly<Record<string, string>>,
  body: URLSearchParams,
  options: CallOptions,
) => Promise<{ result: ImgurResult<unknown> }>;

const TOKEN: OperationMeta = { id: 'token refresh', method: 'POST', path: '/oauth2/token', security: [], envelope: false, credits: 0 };

async function refresh(state: ClientState, exchange: Exchange): Promise<void> {
  let result: Partial<ImgurResult<ImgurTokens | undefined>>;
  try {
    const form = { refresh_token: state.refreshToken!, client_id: state.clientId!, client_secret: state.clientSecret!, grant_type: 'refresh_token' };
    ({ result } = (await exchange(state, TOKEN, state.baseUrl + TOKEN.path, {}, new URLSearchParams(form), { retries: 0 })) as { result: typeof result });
  } catch (error) {
    result = { error: error as ImgurRefreshError };
  }
  const { data: tokens, error, response } = result;
  if (error || typeof tokens?.access_token !== 'string') {
    const status = response?.status;
    const message =
      status && status >= 300 && status < 400
        ? `${describeOperation(TOKEN)} answered HTTP ${status}, a redirect: not followed (the refresh form goes to the base URL only)`
        : (error?.message ?? `${describeOperation(TOKEN)}: no access_token in the response`);
    emit(state, 'error', 'refresh-failed', TOKEN, message, { status, error: 'ImgurRefreshError' });
    throw new ImgurRefreshError(message, status, { cause: error, secrets: secretsOf(state) });
  }
  storeTokens(state, tokens.access_token, tokens.refresh_token ?? state.refreshToken);
  emit(state, 'info', 'refresh', TOKEN, 'Access token refreshed.');
  try {
    await state.onTokens?.(tokens);
  } catch (e) {
    // The client keeps the new pair and the call goes on with it: a failing callback costs no token (emit never throws).
    emit(state, 'error', 'callback-failed', TOKEN, `onTokens threw: ${String((e as Error | undefined)?.message ?? e).slice(0, 300)}`);
  }
}

/**
 * Gets a new access token with the refresh token (`POST /oauth2/token`
 * through the usual pipeline, never retried, never redirected). One refresh
 * per storm: concurrent callers share it; a caller whose failed request used
 * an already replaced token just retries with the new one; a caller that
 * started (`generation`, read from `state.refreshFailures` before sending)
 * before a refresh failed gets that refresh's `ImgurRefreshError` without
 * trying again, while later calls may try once more. Hands the new tokens to
 * `onTokens` once the client holds them (a store has saved them by then or
 * keeps them to save later); an `onTokens` that throws or rejects is logged
 * as `warn` and the call goes on with the new pair. The token form goes
 * through `exchange`. Throws `ImgurRefreshError`.
 */
export function refreshTokens(state: ClientState, exchange: Exchange, generation: number, usedToken?: string): Promise<void> {
  if (usedToken !== undefined && state.accessToken !== undefined && state.accessToken !== usedToken) return Promise.resolve();
  if (generation < state.refreshFailures) return Promise.reject(state.refreshError);
  return (state.refreshing ??= refresh(state, exchange)
    .catch((error: unknown) => {
      state.refreshError = error;
      state.refreshFailures++;
      throw error;
    })
    .finally(() => {
      state.refreshing = undefined;
    }));
}
