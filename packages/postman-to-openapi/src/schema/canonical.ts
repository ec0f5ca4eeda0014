import type { OpenApiDocument } from '../types.js';
import { record } from '../input/record.js';

/**
 * Sorts keys in place as `Array.prototype.sort` would (by UTF-16 code units): insertion sort for the
 * few keys most objects have (nothing allocated, nothing moved when they are in order already).
 */
function sortInPlace(keys: string[]): string[] {
  if (keys.length > 24) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    while (j >= 0 && (keys[j] as string) > key) {
      keys[j + 1] = keys[j] as string;
      j--;
    }
    keys[j + 1] = key;
  }
  return keys;
}

/** A value as {@link sortKeys} copies it (a scalar as it is); `map` keeps an array's holes. */
function sortValue(child: unknown): unknown {
  return typeof child === 'object' && child !== null ? sortKeys(child) : child;
}

/** A copy of an object or array with every object's keys sorted (`undefined` members left out). */
function sortKeys(value: object): unknown {
  if (Array.isArray(value)) return value.map(sortValue);
  const out = record<unknown>();
  const keys = Object.keys(value);
  if (keys.length > 1) sortInPlace(keys);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const child = (value as Record<string, unknown>)[key];
    if (child === undefined) continue;
    out[key] = typeof child === 'object' && child !== null ? sortKeys(child) : child;
  }
  return out;
}

const TOP = ['openapi', 'info', 'servers', 'tags', 'paths', 'components'] as const;

/**
 * Deterministic form of a document: every object's keys sorted (paths included),
 * arrays kept in order, top-level keys in the usual OpenAPI order.
 */
export function canonicalDocument(document: OpenApiDocument): OpenApiDocument {
  const sorted = sortKeys(document) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of TOP) if (sorted[key] !== undefined) out[key] = sorted[key];
  return out as unknown as OpenApiDocument;
}

/** The document as text: 2-space indented JSON with a trailing newline. */
export function serializeDocument(document: OpenApiDocument): string {
  return canonicalText(canonicalDocument(document));
}

/** The text of a document that is canonical already (as `convert` returns it, untouched): not sorted again. */
export function canonicalText(canonical: OpenApiDocument): string {
  return `${JSON.stringify(canonical, null, 2)}\n`;
}
