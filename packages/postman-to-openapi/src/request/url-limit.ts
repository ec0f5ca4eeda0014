import type { JsonObject, JsonValue } from '../types.js';

/** Longest URL the converter reads (16 KiB: more than HTTP servers accept in a request line). */
export const MAX_URL_LENGTH = 16_384;

function urlOf(request: JsonValue | undefined): JsonValue | undefined {
  if (typeof request === 'string') return request;
  if (request && typeof request === 'object' && !Array.isArray(request)) return request.url;
  return undefined;
}

/** The JSON text length of a value (escapes aside), counted until it passes `limit` (then `limit + 1`). */
function textLength(value: JsonValue, limit: number): number {
  if (typeof value === 'string') return value.length + 2;
  if (value === null || typeof value !== 'object') return String(value).length;
  let n = 1;
  if (Array.isArray(value)) {
    for (const v of value) if ((n += 1 + textLength(v, limit - n)) > limit) return limit + 1;
  } else {
    for (const key in value) if ((n += key.length + 4 + textLength(value[key] as JsonValue, limit - n)) > limit) return limit + 1;
  }
  return Math.max(2, n);
}

/** Length of a URL as written: a string's length, or the JSON text length of a URL object (escapes aside), counted no further than needed. */
export function urlLength(url: JsonValue | undefined): number {
  if (url === undefined || url === null) return 0;
  return typeof url === 'string' ? url.length : textLength(url, MAX_URL_LENGTH);
}

/**
 * JSON pointer suffix of the first URL of a request item (its request, then its saved
 * examples' original requests) longer than {@link MAX_URL_LENGTH}, else undefined.
 * Such URLs are refused before parsing: Postman's URL parser slows down quadratically on them.
 */
export function overlongUrl(item: JsonObject): string | undefined {
  const request = item.request;
  if (urlLength(urlOf(request)) > MAX_URL_LENGTH) return typeof request === 'string' ? '/request' : '/request/url';
  const responses = item.response;
  if (!Array.isArray(responses)) return undefined;
  for (let i = 0; i < responses.length; i++) {
    const r = responses[i];
    if (!r || typeof r !== 'object' || Array.isArray(r)) continue;
    const original = r.originalRequest;
    if (urlLength(urlOf(original)) > MAX_URL_LENGTH) return typeof original === 'string' ? `/response/${i}/originalRequest` : `/response/${i}/originalRequest/url`;
  }
  return undefined;
}
