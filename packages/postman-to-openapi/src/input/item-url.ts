import { type ParsedUrl, parseUrl } from '../request/url.js';
import type { JsonObject } from '../types.js';
import { forgetLibraryItems, libraryItem } from './library-item.js';

// Parsed once per item object and conversion: the collection context and the request conversion both read it.
let parsed = new WeakMap<JsonObject, ParsedUrl | undefined>();

/** Forgets every parsed URL (and every {@link libraryItem}): a conversion starts from what the items say now. */
export function forgetItems(): void {
  parsed = new WeakMap();
  forgetLibraryItems();
}

/**
 * The item's URL split into what OpenAPI needs ({@link parseUrl} of {@link libraryItem}'s URL),
 * built once per item object. Throws what they throw (nothing is kept then, so every caller sees the error).
 */
export function itemUrl(raw: JsonObject): ParsedUrl | undefined {
  if (parsed.has(raw)) return parsed.get(raw);
  const url = parseUrl(libraryItem(raw).request.url);
  parsed.set(raw, url);
  return url;
}
