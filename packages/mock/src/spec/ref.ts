import type { OpenApiDocument } from '../types.js';

/** Follows local `$ref`s (`#/components/...`) until a non-reference node; unknown refs give `undefined`. */
export function resolveRef(doc: OpenApiDocument, node: unknown, depth = 0): unknown {
  if (depth > 32 || !isObject(node) || typeof node.$ref !== 'string') return node;
  const ref = node.$ref;
  if (!ref.startsWith('#/')) return undefined;
  let cur: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(cur) || !Object.hasOwn(cur, key)) return undefined;
    cur = cur[key];
  }
  return resolveRef(doc, cur, depth + 1);
}

/** True for plain (non-array) objects. */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
