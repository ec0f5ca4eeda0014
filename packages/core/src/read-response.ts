import type { OperationMeta, RateLimitInfo } from './types.js';
import type { FetchedResponse } from './fetch-once.js';
import { ImgurApiError } from './errors/api-error.js';

/** The outcome of one response: unwrapped data, or an `ImgurApiError`. */
export type ReadOutcome = { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly error: ImgurApiError };

const INVALID = Symbol('invalid');

function parse(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return INVALID;
  }
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * Interprets a response body: unwraps Imgur's `{ data, success, status }`
 * envelope when `meta.envelope`, and turns non-2xx statuses, `success: false`
 * and bodies that are not the documented JSON (HTML pages, truncated JSON)
 * into `ImgurApiError` with the status. `notModified`: `text` is the cached body of a 304.
 */
export function readResponse(
  meta: OperationMeta,
  { response, text }: FetchedResponse,
  rateLimit: RateLimitInfo,
  secrets: readonly (string | undefined)[],
  notModified = false,
): ReadOutcome {
  const parsed = parse(text);
  const ok = response.ok || notModified;
  const fail = (status: number, imgurError: unknown, detail?: string): ReadOutcome => ({
    ok: false,
    error: new ImgurApiError({ status, imgurError, method: meta.method, path: meta.path, operationId: meta.id, rateLimit, response, secrets, ...(detail ? { detail } : {}) }),
  });
  const notJson = `response body is not the documented JSON (${response.headers.get('Content-Type') ?? 'no content type'}, ${text.length} characters)`;
  if (!ok) {
    if (parsed === INVALID) return fail(response.status, undefined, notJson);
    return fail(response.status, field(field(parsed, 'data'), 'error') ?? field(parsed, 'error') ?? field(parsed, 'message'));
  }
  if (parsed === INVALID) return fail(response.status, undefined, notJson);
  if (!meta.envelope || parsed === undefined) return { ok: true, data: parsed };
  if (field(parsed, 'success') === false) {
    const status = field(parsed, 'status');
    return fail(typeof status === 'number' ? status : response.status, field(field(parsed, 'data'), 'error'));
  }
  if (parsed === null || typeof parsed !== 'object' || !('data' in parsed)) {
    return fail(response.status, undefined, "response body is not Imgur's { data, success, status } envelope");
  }
  return { ok: true, data: parsed.data };
}
