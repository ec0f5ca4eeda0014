import type { HttpMethod } from '../types/operation-meta.js';
import type { RateLimitInfo } from '../types/rate-limit-info.js';
import { redact, redactValue } from '../util/redact.js';
import { ImgurError } from './imgur-error.js';

/** What `ImgurApiError` is built from. */
export interface ImgurApiErrorInit {
  readonly status: number;
  /** `data.error` of Imgur's error envelope (a string, or an object with a code), or the first entry of an `errors` list. */
  readonly imgurError?: unknown;
  readonly method: HttpMethod;
  readonly path: string;
  readonly operationId: string;
  readonly rateLimit: RateLimitInfo;
  readonly response: Response;
  /** Overrides the message derived from `imgurError` (e.g. for an unreadable body). */
  readonly detail?: string;
  readonly secrets?: readonly (string | undefined)[];
}

/**
 * Imgur answered with a non-2xx status (or a body that is not the documented
 * JSON). Carries Imgur's message, its raw `data.error` (string or object with
 * a `code`), the route, the rate-limit snapshot and the raw `response`
 * (not enumerable, so not in `toJSON`).
 */
export class ImgurApiError extends ImgurError {
  override readonly name: string = 'ImgurApiError';
  declare readonly status: number;
  /** Imgur's message as a string, when it gave one. */
  declare readonly imgurMessage: string | undefined;
  /** Imgur's `data.error` as sent (redacted): a string or an object; for `{ "errors": [...] }` bodies, the first entry. */
  declare readonly imgurError: unknown;
  /** `data.error.code` when `data.error` is an object with a code; `errors[0].code` (e.g. `"429"`) for the newer shape. */
  declare readonly code: string | number | undefined;
  declare readonly method: HttpMethod;
  declare readonly route: { readonly path: string; readonly operationId: string };
  declare readonly rateLimit: RateLimitInfo;
  declare readonly response: Response;

  constructor({ status, imgurError: e, method, path, operationId, rateLimit, response, detail, secrets }: ImgurApiErrorInit) {
    const o = (e && typeof e === 'object' ? e : {}) as Record<string, unknown>;
    const m = typeof e === 'string' ? e : (o.message ?? o.error ?? o.detail);
    const message = typeof m === 'string' ? m : undefined;
    super(`${method} ${path} (${operationId}) failed with HTTP ${status}: ${detail ?? message ?? 'no error message'}`, { secrets });
    this.status = status;
    this.imgurMessage = message && redact(message, secrets);
    this.imgurError = redactValue(e, secrets);
    this.code = typeof o.code === 'string' || typeof o.code === 'number' ? o.code : undefined;
    this.method = method;
    this.route = { path, operationId };
    this.rateLimit = rateLimit;
    Object.defineProperty(this, 'response', { value: response });
  }
}
