import type { CallOptions } from '../types/call-options.js';
import type { ImgurResult } from '../call/result.js';
import type { OperationMeta } from '../types/operation-meta.js';
import type { StreamedBody } from '../types/streamed-body.js';
import { secretsOf, type ClientState } from '../state/client-state.js';
import { canRefresh, chooseAuth } from '../auth/choose-auth.js';
import { applyClientHeaders } from '../auth/auth-header.js';
import { refreshTokens } from '../auth/refresh-tokens.js';
import { checkBudget } from '../rate-limit/check-budget.js';
import { etagKey } from '../cache/etag-key.js';
import { parseRateLimit } from '../rate-limit/parse-rate-limit.js';
import { readResponse } from './read-response.js';
import { retryDelay } from './retry-delay.js';
import { sleep } from '../util/sleep.js';
import { emit, makeEvent } from '../state/log.js';
import type { CallTrace } from '../types/hooks.js';
import { warnDeprecation } from './warn-deprecation.js';
import { TIMED_OUT } from '../transport/deadline.js';
import { ImgurNetworkError, ImgurTimeoutError } from '../errors/transport-errors.js';
import { messageOf } from '../util/message-of.js';
import { ImgurError } from '../errors/imgur-error.js';
import { abortError, describeOperation } from '../call/describe-operation.js';
import { REQUEST_STARTED, type RequestStartedOption } from '../call/request-started.js';
import { checkHeaders } from './check-headers.js';
import { progressReporter } from './progress-reporter.js';
import { succeeded } from './succeeded.js';
import type { TransportResponse } from '../types/transport.js';

/**
 * Default `maxResponseBytes`: 12 MiB. Room for JSON far larger than Imgur's
 * (a 10 MB body passes), and low enough that a hostile body costs a client
 * under 64 MB of memory on both transports (see test/hostile/memory.test.ts).
 */
const DEFAULT_MAX_RESPONSE_BYTES = 12 * 1024 * 1024;

/**
 * Sends one request through the whole pipeline: authentication (refreshing
 * first when only a refresh token is set), the budget guard, the ETag cache
 * (`cache`, GET only; `headers` have lower-case names), a timeout per attempt (body read included) linked to
 * the caller's signal, retries with backoff, and one replay after refreshing
 * an invalid token. The body must be reusable (string, URLSearchParams,
 * FormData, Blob). Bodies are capped at `maxResponseBytes` (default 12 MiB);
 * redirects are followed within the base URL's origin only, and never for the
 * token endpoint. Failures without a response throw `ImgurAbortError`,
 * `ImgurTimeoutError` or `ImgurNetworkError` (redacted; its subclasses
 * `ImgurRedirectError` and `ImgurResponseTooLargeError` are not retried);
 * `text` is the body as received. Invalid header names or values throw `ImgurUsageError`.
 */
export async function exchange(
  state: ClientState,
  meta: OperationMeta,
  url: string,
  headers: Readonly<Record<string, string>>,
  body: BodyInit | StreamedBody | null | undefined,
  options: CallOptions,
  cache = false,
  trace?: CallTrace,
): Promise<{ result: ImgurResult<unknown>; text?: string }> {
  const { method } = meta;
  const { signal } = options;
  // Named in messages only: built when one is.
  const what = (): string => describeOperation(meta);
  // The secrets to redact, for an error or a result's response: worked out when one needs them.
  const secrets = (): (string | undefined)[] => secretsOf(state);
  const timeoutMs = options.timeoutMs ?? state.timeoutMs ?? 30_000;
  const maxBytes = options.maxResponseBytes ?? state.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const follow = meta.path !== '/oauth2/token';
  const onProgress = progressReporter(state, meta, options.onProgress);
  const scheme = chooseAuth(state, meta);
  // Refreshes that failed after this point fail this call too, with the same error (see refreshTokens).
  const generation = state.refreshFailures;
  if (scheme === 'bearer' && !state.accessToken) await afterRefresh(state, meta, trace, refreshTokens(state, exchange, generation));
  try {
    checkBudget(state, meta);
  } catch (error) {
    refused(state, meta, trace, error as ImgurError);
    throw error;
  }
  const key = cache && state.etag && method === 'GET' ? await etagKey(state, url, scheme) : undefined;
  let refreshed = false;
  // Requests sent so far (a replay after a refresh counts; `attempt` does not count it, for the retry budget).
  let sent = 0;
  for (let attempt = 0; ; attempt++, sent++) {
    if (signal?.aborted) throw abortError(meta, signal.reason);
    const usedToken = state.accessToken;
    const cached = key ? state.etag!.get(key) : undefined;
    // Plain headers and (url, init): fetch builds its Request once.
    const h: Record<string, string> = { ...headers };
    for (const name in options.headers) h[name.toLowerCase()] = options.headers[name]!;
    applyClientHeaders(state, h, scheme);
    if (cached) h['if-none-match'] = cached.etag;
    const target = trace ? await trace.attempt(h, url, secretsOf(state)) : url;
    checkHeaders(what, h, state);
    let response: TransportResponse | undefined;
    let text = '';
    let delay: number | undefined;
    try {
      (options as RequestStartedOption)[REQUEST_STARTED]?.();
      // Timers take at most 2^31 - 1 ms (about 24.8 days); a longer timeout (or Infinity) means that long.
      [response, text] = await state.transport(target, { method, headers: h, body, maxBytes, follow, onProgress }, signal, Math.min(timeoutMs, 0x7fffffff), meta);
    } catch (error) {
      if (signal?.aborted) throw abortError(meta, signal.reason);
      if (error === TIMED_OUT) throw new ImgurTimeoutError(`${what()} timed out after ${timeoutMs} ms.`);
      // A refused redirect, a body too large, or a store's refusal (ImgurBudgetError) or failure: the same answer again, so not retried.
      if (error instanceof ImgurError) {
        refused(state, meta, trace, error);
        throw new (error.constructor as typeof ImgurError)(`${what()}: ${error.message}.`, { secrets: secretsOf(state) });
      }
      text = `${what()} got no complete response: ${messageOf(error)}`;
      if ((delay = retry(state, method, options, attempt)) === undefined) throw new ImgurNetworkError(text, { cause: error, secrets: secretsOf(state) });
    }
    if (response) {
      const rateLimit = parseRateLimit(response.headers);
      if (rateLimit.clientRemaining !== undefined || rateLimit.userRemaining !== undefined) state.lastRateLimit = rateLimit;
      // The message and fields only for someone listening (the usual call has no logger and no hooks).
      if (trace || state.logger) emit(state, 'debug', 'response', meta, `${method} ${url} -> ${response.status}`, { attempt: sent, status: response.status }, trace);
      warnDeprecation(state, meta, response.headers, trace);
      const notModified = response.status === 304 && !!cached;
      if (notModified) {
        text = cached.body;
        emit(state, 'debug', 'cache-hit', meta, `${what()}: 304, answered from the ETag cache`, { attempt: sent, status: 304 }, trace);
      }
      const outcome = readResponse(meta, { response, text }, rateLimit, secrets, notModified);
      if (outcome.ok) {
        const etag = key && response.ok && response.headers.get('etag');
        if (etag) state.etag!.set(key, { etag, body: text });
        return { result: succeeded(outcome.data, response, rateLimit, secrets), text };
      }
      const { status, imgurMessage } = outcome.error;
      const invalidToken = status === 401 || (status === 403 && /access token provided is invalid/i.test(imgurMessage ?? ''));
      if (!refreshed && scheme === 'bearer' && invalidToken && canRefresh(state)) {
        refreshed = true;
        attempt--;
        await afterRefresh(state, meta, trace, refreshTokens(state, exchange, generation, usedToken));
        continue;
      }
      if ((delay = retry(state, method, options, attempt, response)) === undefined)
        return { result: { data: undefined, error: outcome.error, response: outcome.error.response, rateLimit }, text };
      text = `${what()}: HTTP ${response.status}`;
    }
    emit(state, 'info', 'retry', meta, `${text}, retry in ${delay} ms`, { attempt: sent, delayMs: delay!, ...(response && { status: response.status }) }, trace);
    try {
      await (state.sleep ?? sleep)(delay!, signal);
    } catch (reason) {
      throw abortError(meta, reason);
    }
  }
}

/** A refresh a call waited for, reported to its hooks (the logger hears of it once, from refreshTokens). Module-level: no closure per call. */
async function afterRefresh(state: ClientState, meta: OperationMeta, trace: CallTrace | undefined, refresh: Promise<void>): Promise<void> {
  try {
    await refresh;
    trace?.event(makeEvent(state, 'info', 'refresh', meta, `${describeOperation(meta)}: access token refreshed`));
  } catch (error) {
    trace?.event(makeEvent(state, 'error', 'refresh-failed', meta, `${describeOperation(meta)}: ${(error as Error)?.message}`, { error: 'ImgurRefreshError' }));
    throw error;
  }
}

/** Logs a budget refusal or a refused redirect. */
function refused(state: ClientState, meta: OperationMeta, trace: CallTrace | undefined, { name, message }: ImgurError): void {
  const kind = name === 'ImgurBudgetError' ? 'budget-refused' : name === 'ImgurRedirectError' ? 'redirect-refused' : undefined;
  if (kind) emit(state, 'warn', kind, meta, `${describeOperation(meta)}: ${message}`, { error: name }, trace);
}

/** The delay before retrying a call's `attempt`, or undefined when it is not retried (see `retryDelay`). */
function retry(state: ClientState, method: OperationMeta['method'], options: CallOptions, attempt: number, response?: TransportResponse): number | undefined {
  return retryDelay(
    method,
    options.retryPost ?? state.retryPost ?? false,
    options.retries ?? state.retries ?? 2,
    attempt,
    options.maxRetryDelayMs ?? state.maxRetryDelayMs ?? 60_000,
    state.random ?? Math.random,
    Date.now(),
    response,
  );
}
