import type { JsonObject, JsonValue } from '../types.js';

/** Longest URL the converter reads (16 KiB: more than HTTP servers accept in a request line). */
export const MAX_URL_LENGTH = 16_384;

function urlOf(request: JsonValue | undefined): JsonValue | undefined {
  if (typeof request === 'string') return request;
  if (request && typeof request === 'object' && !Array.isArray(request)) return request.url;
  return undefined;
}

/** Length of a URL as written: a string's length, or the JSON text length of a URL object. */
export function urlLength(url: JsonValue | undefined): number {
  if (url === undefined || url === null) return 0;
  return typeof url === 'string' ? url.length : JSON.stringify(url).length;
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
  for (const [i, r] of responses.entries()) {
    if (!r || typeof r !== 'object' || Array.isArray(r)) continue;
    const original = r.originalRequest;
    if (urlLength(urlOf(original)) > MAX_URL_LENGTH) return typeof original === 'string' ? `/response/${i}/originalRequest` : `/response/${i}/originalRequest/url`;
  }
  return undefined;
}
