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

// One key list per nesting level, reused from object to object (the keys of a level are read before the next object of that level).
const keyLists: string[][] = [];

function sortKeys(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    // As `map` would: a new array of the same length, holes kept.
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) if (i in value) out[i] = sortKeys(value[i], depth + 1);
    return out;
  }
  // The object's own enumerable keys (what Object.keys lists), gathered without a new array.
  let keys = keyLists[depth];
  if (keys === undefined) keyLists[depth] = keys = [];
  keys.length = 0;
  for (const key in value) if (Object.hasOwn(value, key)) keys.push(key);
  sortInPlace(keys);
  const out = record<unknown>();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const child = (value as Record<string, unknown>)[key];
    if (child !== undefined) out[key] = sortKeys(child, depth + 1);
  }
  return out;
}

const TOP = ['openapi', 'info', 'servers', 'tags', 'paths', 'components'] as const;

/**
 * Deterministic form of a document: every object's keys sorted (paths included),
 * arrays kept in order, top-level keys in the usual OpenAPI order.
 */
export function canonicalDocument(document: OpenApiDocument): OpenApiDocument {
  const sorted = sortKeys(document, 0) as Record<string, unknown>;
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
