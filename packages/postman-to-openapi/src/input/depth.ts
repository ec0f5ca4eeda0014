import type { JsonValue } from '../types.js';

/** Deepest nesting of objects and arrays the converter reads (real collections stay under 20). */
export const MAX_DEPTH = 100;

/**
 * The deepest level a value of the output document may lie on, the document itself on level 1, a string or
 * number one level below its object or array: Redocly (js-yaml, `maxDepth` 100) refuses a document with a
 * value on level 100.
 */
export const DOCUMENT_LEVELS = MAX_DEPTH - 1;

/**
 * Deepest nesting of objects and arrays in a JSON body or example the converter keeps as a value. The
 * document places such a value's outermost object or array on level 11 at most (the document, `paths`, the
 * path, the method, `responses`, the status, `content`, the media type, `examples`, the name, `value`; a
 * GraphQL body's `variables` as deep): its innermost values then lie on level 11 + VALUE_DEPTH = DOCUMENT_LEVELS.
 */
export const VALUE_DEPTH = DOCUMENT_LEVELS - 11;

function escapeToken(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The key path to the first value nested `limit` levels deep, else undefined; recursion stops at `limit`, so the stack stays small. */
function deepPath(value: unknown, limit: number): (string | number)[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (limit === 0) return [];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      if (typeof child !== 'object' || child === null) continue;
      const below = deepPath(child, limit - 1);
      if (below) return [i, ...below];
    }
    return undefined;
  }
  for (const key in value) {
    const child: unknown = (value as Record<string, JsonValue>)[key];
    if (typeof child !== 'object' || child === null) continue;
    const below = deepPath(child, limit - 1);
    if (below) return [key, ...below];
  }
  return undefined;
}

/**
 * JSON pointer of the first value nested deeper than `limit` objects/arrays, else undefined.
 * Walks each value once without allocating; the pointer is built only when one is found.
 */
export function tooDeep(value: unknown, limit = MAX_DEPTH): string | undefined {
  const path = deepPath(value, limit);
  return path === undefined ? undefined : path.map((k) => `/${escapeToken(k)}`).join('');
}
