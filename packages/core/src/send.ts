import type { CallOptions, ImgurClient, ImgurResult, OperationMeta } from './types.js';
import { secretsOf, stateOf, type ClientState } from './client-state.js';
import { prepareRequest, type PreparedRequest } from './prepare-request.js';
import { canRefresh, chooseAuth } from './choose-auth.js';
import { applyClientHeaders } from './auth-header.js';
import { refreshTokens } from './refresh-tokens.js';
import { checkBudget } from './check-budget.js';
import { etagKey } from './etag-key.js';
import { fetchOnce, throwIfAborted, type FetchedResponse } from './fetch-once.js';
import { parseRateLimit } from './rate-limit.js';
import { readResponse } from './read-response.js';
import { retryDelay } from './retry-delay.js';
import { sleep } from './sleep.js';
import { log } from './log.js';
import { warnDeprecation } from './warn-deprecation.js';
import type { EtagEntry, AuthScheme } from './types.js';
import { ImgurError } from './errors/imgur-error.js';
import { ImgurApiError } from './errors/api-error.js';
import { ImgurAbortError, ImgurNetworkError } from './errors/transport-errors.js';

function buildRequest(state: ClientState, meta: OperationMeta, url: string, prepared: PreparedRequest, scheme: AuthScheme | undefined, extra: CallOptions['headers'], cached: EtagEntry | undefined) {
  return (signal: AbortSignal): Request => {
    const headers = new Headers(prepared.headers);
    for (const [name, value] of Object.entries(extra ?? {})) headers.set(name, value);
    applyClientHeaders(state, headers, scheme);
    if (cached) headers.set('If-None-Match', cached.etag);
    const body = prepared.body?.();
    if (body?.contentType) headers.set('Content-Type', body.contentType);
    return new Request(url, { method: meta.method, headers, body: body?.body ?? null, signal });
  };
}

function isInvalidToken(error: ImgurApiError): boolean {
  return error.status === 401 || (error.status === 403 && /access token provided is invalid/i.test(error.imgurMessage ?? ''));
}

async function run(state: ClientState, meta: OperationMeta, input: Readonly<Record<string, unknown>>, options: CallOptions): Promise<ImgurResult<unknown>> {
  const what = `${meta.method} ${meta.path} (${meta.id})`;
  throwIfAborted(options.signal, what);
  const prepared = await prepareRequest(meta, input);
  const scheme = chooseAuth(state, meta);
  if (scheme === 'bearer' && !state.accessToken) await refreshTokens(state, undefined);
  checkBudget(state, meta);
  const url = state.baseUrl + prepared.pathAndQuery;
  const cacheKey = state.etag && meta.method === 'GET' ? await etagKey(state, url, scheme) : undefined;
  const wait = async (ms: number): Promise<void> => {
    try {
      await (state.sleep ?? sleep)(ms, options.signal);
    } catch (reason) {
      throw new ImgurAbortError(`${what} was aborted.`, { cause: reason });
    }
  };
  const retryCtx = { method: meta.method, retryPost: options.retryPost ?? state.retryPost, retries: options.retries ?? state.retries, maxDelayMs: state.maxRetryDelayMs, random: state.random };
  let refreshed = false;
  for (let attempt = 0; ; attempt++) {
    const usedToken = state.accessToken;
    const cached = cacheKey ? state.etag!.get(cacheKey) : undefined;
    let fetched: FetchedResponse;
    try {
      fetched = await fetchOnce(state, buildRequest(state, meta, url, prepared, scheme, options.headers, cached), what, options.timeoutMs ?? state.timeoutMs, options.signal);
    } catch (error) {
      const delay = error instanceof ImgurNetworkError ? retryDelay({ ...retryCtx, attempt, now: Date.now() }) : undefined;
      if (delay === undefined) throw error;
      log(state, 'debug', `${what}: network error, retry in ${delay} ms`);
      await wait(delay);
      continue;
    }
    const { response } = fetched;
    const rateLimit = parseRateLimit(response.headers);
    if (rateLimit.clientRemaining !== undefined || rateLimit.userRemaining !== undefined) state.lastRateLimit = rateLimit;
    log(state, 'debug', `${meta.method} ${url} -> ${response.status}`);
    warnDeprecation(state, meta, response.headers);
    const notModified = response.status === 304 && cached !== undefined;
    const outcome = readResponse(meta, notModified ? { response, text: cached.body } : fetched, rateLimit, secretsOf(state), notModified);
    if (outcome.ok) {
      const etag = response.headers.get('ETag');
      if (cacheKey && etag && response.ok) state.etag!.set(cacheKey, { etag, body: fetched.text });
      return { data: outcome.data, error: undefined, response, rateLimit };
    }
    if (!refreshed && scheme === 'bearer' && isInvalidToken(outcome.error) && canRefresh(state)) {
      refreshed = true;
      attempt--;
      await refreshTokens(state, usedToken);
      continue;
    }
    const delay = retryDelay({ ...retryCtx, attempt, now: Date.now(), response });
    if (delay === undefined) return { data: undefined, error: outcome.error, response, rateLimit };
    log(state, 'debug', `${what}: HTTP ${response.status}, retry in ${delay} ms`);
    await wait(delay);
  }
}

/**
 * Sends one operation: splits the input, authenticates, checks the budget,
 * uses the ETag cache, retries, refreshes an invalid token once. Never
 * rejects: failures come back as `{ error }` (always an `ImgurError`).
 */
export async function send(client: ImgurClient, meta: OperationMeta, input: Readonly<Record<string, unknown>> | undefined, options: CallOptions = {}): Promise<ImgurResult<unknown>> {
  let state: ClientState | undefined;
  try {
    state = stateOf(client);
    return await run(state, meta, input ?? {}, options);
  } catch (error) {
    if (error instanceof ImgurError) return { data: undefined, error };
    const detail = error instanceof Error ? error.message : String(error);
    return { data: undefined, error: new ImgurError(`${meta.id} failed unexpectedly: ${detail}`, { cause: error, secrets: state ? secretsOf(state) : [] }) };
  }
}
