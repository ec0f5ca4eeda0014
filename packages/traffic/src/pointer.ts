import type { JsonValue } from './types.js';

/** Escapes one JSON-pointer segment. */
export function esc(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Reads a local `#/a/b` pointer from a document; undefined if absent. */
export function getPointer(doc: unknown, pointer: string): unknown {
  let node: unknown = doc;
  for (const raw of pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((s) => s !== '')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Follows `$ref` chains (local refs only); returns the final node and its pointer. */
export function deref(doc: unknown, node: unknown, pointer: string): { node: unknown; pointer: string } {
  let cur = node;
  let at = pointer;
  for (let i = 0; i < 32 && isRef(cur); i++) {
    at = cur.$ref;
    cur = getPointer(doc, at);
  }
  return { node: cur, pointer: at };
}

function isRef(v: unknown): v is { $ref: string } {
  return typeof v === 'object' && v !== null && typeof (v as { $ref?: unknown }).$ref === 'string' && (v as { $ref: string }).$ref.startsWith('#/');
}

/** JSON pointer of a body location, for messages. */
export function joinPointer(base: string, key: string | number): string {
  return `${base}/${esc(String(key))}`;
}

/** A JSON value's JSON-Schema type name. */
export function jsonType(v: JsonValue): 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object' {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v as 'boolean' | 'string' | 'object';
}
