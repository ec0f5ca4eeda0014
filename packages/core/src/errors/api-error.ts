import type { HttpMethod, RateLimitInfo } from '../types.js';
import { redact, redactValue } from '../redact.js';
import { ImgurError } from './imgur-error.js';

/** What `ImgurApiError` is built from. */
export interface ImgurApiErrorInit {
  readonly status: number;
  /** `data.error` of Imgur's error envelope: a string, or an object with a code. */
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

function messageOf(e: unknown): string | undefined {
  if (typeof e === 'string') return e;
  if (e && typeof e === 'object') {
    const m = (e as Record<string, unknown>)['message'] ?? (e as Record<string, unknown>)['error'];
    if (typeof m === 'string') return m;
  }
  return undefined;
}

/**
 * Imgur answered with a non-2xx status (or a body that is not the documented
 * JSON). Carries Imgur's message, its raw `data.error` (string or object with
 * a `code`), the route, the rate-limit snapshot and the raw `response`.
 */
export class ImgurApiError extends ImgurError {
  override readonly name: string = 'ImgurApiError';
  readonly status: number;
  /** Imgur's message as a string, when it gave one. */
  readonly imgurMessage: string | undefined;
  /** Imgur's `data.error` as sent (redacted): a string or an object. */
  readonly imgurError: unknown;
  /** `data.error.code` when `data.error` is an object with a code. */
  readonly code: string | number | undefined;
  readonly method: HttpMethod;
  readonly route: { readonly path: string; readonly operationId: string };
  readonly rateLimit: RateLimitInfo;
  declare readonly response: Response;

  constructor(init: ImgurApiErrorInit) {
    const secrets = init.secrets ?? [];
    const imgurMessage = messageOf(init.imgurError);
    const why = init.detail ?? imgurMessage ?? 'no error message';
    super(`${init.method} ${init.path} (${init.operationId}) failed with HTTP ${init.status}: ${why}`, { secrets });
    this.status = init.status;
    this.imgurMessage = imgurMessage === undefined ? undefined : redact(imgurMessage, secrets);
    this.imgurError = redactValue(init.imgurError, secrets);
    const code = init.imgurError && typeof init.imgurError === 'object' ? (init.imgurError as { code?: unknown }).code : undefined;
    this.code = typeof code === 'string' || typeof code === 'number' ? code : undefined;
    this.method = init.method;
    this.route = { path: init.path, operationId: init.operationId };
    this.rateLimit = init.rateLimit;
    Object.defineProperty(this, 'response', { value: init.response, enumerable: false });
  }

  protected override details(): Record<string, unknown> {
    const { status, imgurMessage, imgurError, code, method, route, rateLimit } = this;
    return { status, imgurMessage, imgurError, code, method, route, rateLimit };
  }
}
