import type { OperationMeta } from '../types/operation-meta.js';
import type { RateLimitInfo } from '../types/rate-limit-info.js';
import { ImgurApiError } from '../errors/api-error.js';
import { keepError } from './keep-error.js';
import { asResponse } from '../util/as-response.js';
import { redactResponse } from '../util/redact-response.js';
import type { TransportResponse } from '../types/transport.js';

/** 2xx statuses whose responses have no body, so an empty one is right for every operation. */
const NO_BODY = [204, 205];

/** The outcome of one response: unwrapped data, or an `ImgurApiError`. */
export type ReadOutcome = { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly error: ImgurApiError };

const get = (value: unknown, key: string): unknown => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);

/**
 * Interprets a response body: unwraps Imgur's `{ data, success, status }`
 * envelope when `meta.envelope`, and turns non-2xx statuses, `success: false`
 * and bodies that are not the documented JSON (HTML pages, truncated JSON)
 * into `ImgurApiError` with the status (a 404 HTML page says "not found").
 * Messages come from `data.error`, `error`, `message`, or the first entry of
 * `errors` (the `{ "errors": [{ id, code, status, detail }] }` shape of 2024),
 * kept within fixed bounds (see `keepError`). An empty 2xx body where JSON is expected (any
 * status but 204, 205 and the operation's `meta.empty`, any method but HEAD) is an `ImgurApiError` too: a
 * response cut off before its first byte, or a compressed body that decoded to
 * nothing. `notModified`: `text` is the cached body of a 304. `secrets` (to redact) is called only for an error.
 */
export function readResponse(
  meta: OperationMeta,
  { response, text }: { readonly response: TransportResponse; readonly text: string },
  rateLimit: RateLimitInfo,
  secrets: () => readonly (string | undefined)[],
  notModified = false,
): ReadOutcome {
  let parsed: unknown;
  let detail: string | undefined;
  let error: unknown;
  let { status } = response;
  try {
    // An empty 2xx body where JSON is expected fails to parse like any other that is not JSON.
    parsed = text.trim() || (response.ok && !NO_BODY.includes(status) && !meta.empty?.includes(status) && meta.method !== 'HEAD') ? JSON.parse(text) : undefined;
  } catch {
    detail = `${status === 404 ? 'not found: ' : ''}response body is not the documented JSON (${response.headers.get('content-type') ?? 'no content type'}, ${text.length} characters)`;
  }
  const data = get(parsed, 'data');
  if (detail === undefined) {
    if (!response.ok && !notModified) error = get(data, 'error') ?? get(parsed, 'error') ?? get(parsed, 'message') ?? get(get(parsed, 'errors'), '0');
    else if (!meta.envelope || parsed === undefined) return { ok: true, data: parsed };
    else if (get(parsed, 'success') === false) {
      const s = get(parsed, 'status');
      if (typeof s === 'number') status = s;
      error = get(data, 'error');
    } else if (!(parsed && typeof parsed === 'object' && 'data' in parsed)) detail = "response body is not Imgur's { data, success, status } envelope";
    else return { ok: true, data };
  }
  const { method, path, id } = meta;
  const hidden = secrets();
  return {
    ok: false,
    error: new ImgurApiError({
      status,
      imgurError: keepError(error, text.length, hidden),
      method,
      path,
      operationId: id,
      rateLimit,
      // A header or reason phrase echoing a credential is redacted there too.
      response: redactResponse(asResponse(response), hidden),
      secrets: hidden,
      detail,
    }),
  };
}
