import { isObject } from './json.js';
import type { OpenApiDocument } from '../types.js';

const MAX_HOPS = 32;

/**
 * Looks up a local `$ref` (`#/components/parameters/page`) in the document.
 * Returns undefined for remote refs and for pointers that lead nowhere.
 */
export function resolveRef(doc: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
    if (node === undefined) return undefined;
  }
  return node;
}

/**
 * Follows `$ref` chains of a parameter, request body or response object until
 * a concrete object; cycles and dangling refs end as the last object reached.
 */
export function deref(doc: OpenApiDocument, node: unknown): unknown {
  let current = node;
  for (let hop = 0; hop < MAX_HOPS && isObject(current) && typeof current.$ref === 'string'; hop++) {
    const next = resolveRef(doc, current.$ref);
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

/** The schema name of a `#/components/schemas/<name>` ref, else undefined. */
export function schemaRefName(node: unknown): string | undefined {
  if (!isObject(node) || typeof node.$ref !== 'string') return undefined;
  const m = /^#\/components\/schemas\/([^/]+)$/.exec(node.$ref);
  return m?.[1] === undefined ? undefined : decodeURIComponent(m[1]).replace(/~1/g, '/').replace(/~0/g, '~');
}
