import type { CallOptions, ImgurClient, ImgurResult, OperationMeta } from './types.js';
import { secretsOf, stateOf, type ClientState } from './client-state.js';
import { prepareRequest } from './prepare-request.js';
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
import { ImgurError } from './errors/imgur-error.js';
import { ImgurAbortError, ImgurNetworkError } from './errors/transport-errors.js';

const what = (meta: OperationMeta): string => `${meta.method} ${meta.path} (${meta.id})`;

/**
 * Sends one request through the whole pipeline: authentication (refreshing
 * first when only a refresh token is set), the budget guard, the ETag cache
 * (`cache`, GET only), per-attempt timeouts, retries with backoff, and one
 * replay after refreshing an invalid token. The body must be reusable
 * (string, URLSearchParams, FormData, Blob). Throws `ImgurError`s for
 * failures without a response; `text` is the body as received.
 */
export async function exchange(
  state: ClientState,
  meta: OperationMeta,
  url: string,
  headers: Headers,
  body: BodyInit | null | undefined,
  options: CallOptions,
  cache = false,
): Promise<{ result: ImgurResult<unknown>; text?: string }> {
  const { method } = meta;
  const { signal } = options;
  const scheme = chooseAuth(state, meta);
  if (scheme === 'bearer' && !state.accessToken) await refreshTokens(state, undefined);
  checkBudget(state, meta);
  const key = cache && state.etag && method === 'GET' ? await etagKey(state, url, scheme) : undefined;
  let refreshed = false;
  for (let attempt = 0; ; attempt++) {
    const usedToken = state.accessToken;
    const cached = key ? state.etag!.get(key) : undefined;
    const retry = (response?: Response): number | undefined =>
      retryDelay({
        method,
        retryPost: options.retryPost ?? state.retryPost ?? false,
        retries: options.retries ?? state.retries ?? 2,
        attempt,
        maxDelayMs: state.maxRetryDelayMs ?? 60_000,
        random: state.random ?? Math.random,
        now: Date.now(),
        response,
      });
    let fetched: FetchedResponse | undefined;
    let delay: number | undefined;
    try {
      fetched = await fetchOnce(
        state,
        (s) => {
          const h = new Headers(headers);
          for (const [name, value] of Object.entries(options.headers ?? {})) h.set(name, value);
          applyClientHeaders(state, h, scheme);
          if (cached) h.set('If-None-Match', cached.etag);
          return new Request(url, { method, headers: h, body, signal: s });
        },
        what(meta),
        options.timeoutMs ?? state.timeoutMs ?? 30_000,
        signal,
      );
    } catch (error) {
      if (!(error instanceof ImgurNetworkError) || (delay = retry()) === undefined) throw error;
    }
    if (fetched) {
      const { response } = fetched;
      const rateLimit = parseRateLimit(response.headers);
      if (rateLimit.clientRemaining !== undefined || rateLimit.userRemaining !== undefined) state.lastRateLimit = rateLimit;
      log(state, 'debug', `${method} ${url} -> ${response.status}`);
      warnDeprecation(state, meta, response.headers);
      const notModified = response.status === 304 && !!cached;
      const text = notModified ? cached.body : fetched.text;
      const outcome = readResponse(meta, { response, text }, rateLimit, secretsOf(state), notModified);
      if (outcome.ok) {
        const etag = response.headers.get('ETag');
        if (key && etag && response.ok) state.etag!.set(key, { etag, body: text });
        return { result: { data: outcome.data, error: undefined, response, rateLimit }, text };
      }
      const { status, imgurMessage } = outcome.error;
      const invalidToken = status === 401 || (status === 403 && /access token provided is invalid/i.test(imgurMessage ?? ''));
      if (!refreshed && scheme === 'bearer' && invalidToken && canRefresh(state)) {
        refreshed = true;
        attempt--;
        await refreshTokens(state, usedToken);
        continue;
      }
      if ((delay = retry(response)) === undefined) return { result: { data: undefined, error: outcome.error, response, rateLimit }, text };
    }
    log(state, 'debug', `${what(meta)}: ${fetched ? `HTTP ${fetched.response.status}` : 'network error'}, retry in ${delay} ms`);
    try {
      await (state.sleep ?? sleep)(delay!, signal);
    } catch (reason) {
      throw new ImgurAbortError(`${what(meta)} was aborted.`, { cause: reason });
    }
  }
}

/**
 * Sends one operation: splits the input, then runs the `exchange` pipeline.
 * Never rejects: failures come back as `{ error }` (always an `ImgurError`).
 */
export async function send(client: ImgurClient, meta: OperationMeta, input: Readonly<Record<string, unknown>> | undefined, options: CallOptions = {}): Promise<ImgurResult<unknown>> {
  let state: ClientState | undefined;
  try {
    state = stateOf(client);
    throwIfAborted(options.signal, what(meta));
    const { pathAndQuery, headers, body } = await prepareRequest(meta, input ?? {});
    return (await exchange(state, meta, state.baseUrl + pathAndQuery, headers, body, options, true)).result;
  } catch (error) {
    return {
      data: undefined,
      error: error instanceof ImgurError ? error : new ImgurError(`${meta.id} failed unexpectedly: ${(error as Error)?.message ?? error}`, { cause: error, secrets: state && secretsOf(state) }),
    };
  }
}
