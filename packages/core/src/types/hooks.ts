import type { ImgurLogEvent } from './log-event.js';
import type { RateLimitInfo } from './rate-limit-info.js';

/** One call as hooks see it (the same object for every hook of the call). */
export interface ImgurCall {
  /** Operation id: `getImage`, `upload`, `getCredits`, ... */
  readonly operationId: string;
  readonly method: string;
  /** Path template (`/3/image/{imageHash}`). */
  readonly path: string;
  /** The caller's input, as given (files included). */
  readonly input: Readonly<Record<string, unknown>> | undefined;
  /** Credits the call costs Imgur (uploads 10, `getCredits` 0, others 1). */
  readonly credits: number;
  /** The client's base URL (`https://api.imgur.com`). */
  readonly baseUrl: string;
}

/**
 * One attempt (request) of a call, for `request` hooks. `headers` (lower-case
 * names) and `url.searchParams` may be changed and are sent; a secret (token,
 * Client ID, Mashape key) shows as `[redacted]` and is sent as it was unless
 * the hook replaces it.
 */
export interface ImgurAttempt {
  /** 0 for the first attempt, 1 for the first retry (or the replay after a refresh), ... */
  readonly attempt: number;
  readonly headers: Record<string, string>;
  readonly url: URL;
}

/** How a call ended, for `after` and `error` hooks. */
export interface ImgurCallOutcome {
  /** HTTP status of the last response (undefined when none came). */
  readonly status: number | undefined;
  readonly rateLimit: RateLimitInfo | undefined;
  /** Milliseconds from the first hook to the result. */
  readonly durationMs: number;
  /** Requests sent (1 without retries; 0 when refused before sending). */
  readonly attempts: number;
  /** True when the data came from the ETag cache (a 304). */
  readonly fromCache: boolean;
  /** True when the access token was refreshed during the call. */
  readonly refreshed: boolean;
}

/** @internal What the pipeline reports to the hooks of one call. */
export interface CallTrace {
  /** Counts an attempt and runs the `request` hooks on it (changing `headers` in place); returns the URL to send. */
  attempt(headers: Record<string, string>, url: string, secrets: readonly (string | undefined)[]): Promise<string>;
  /** An event of the call (`cache-hit` and `refresh` also set the outcome's `fromCache` and `refreshed`). */
  event(event: ImgurLogEvent): void;
}

/** What `createImgurClient({ hooks })` takes: made by `createHooks(...hooks)` (its method is internal). */
export interface ImgurHookSet {
  /** @internal Runs one call of operation `meta` under the hooks; `send` never rejects. */
  run<R extends { readonly error?: unknown }>(
    meta: { readonly id: string; readonly method: string; readonly path: string; readonly credits?: number | undefined },
    input: Readonly<Record<string, unknown>> | undefined,
    client: { readonly baseUrl: string; secrets(): readonly (string | undefined)[] },
    send: (trace: CallTrace) => Promise<R>,
  ): Promise<R>;
}
