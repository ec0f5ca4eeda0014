import type { JsonObject, JsonValue } from '../types.js';

/** True for a JSON object (not null, not an array). */
export function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Follows local `$ref`s (`#/components/...`), with a cycle guard; errors name the reference. */
export function resolveRef(spec: JsonObject, value: JsonValue | undefined): JsonObject | undefined {
  let cur = value;
  const seen = new Set<string>();
  while (isObject(cur) && typeof cur.$ref === 'string') {
    const ref = cur.$ref;
    if (seen.has(ref)) throw new Error(`circular $ref ${ref}`);
    seen.add(ref);
    if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`);
    let node: JsonValue | undefined = spec;
    for (const raw of ref.slice(2).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      node = isObject(node) ? node[key] : undefined;
    }
    if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
    cur = node;
  }
  return isObject(cur) ? cur : undefined;
}

/** The component schema name of a `#/components/schemas/X` reference, if it is one. */
export function schemaRefName(value: JsonValue | undefined): string | undefined {
  if (!isObject(value) || typeof value.$ref !== 'string') return undefined;
  const m = /^#\/components\/schemas\/([^/]+)$/.exec(value.$ref);
  return m?.[1] === undefined ? undefined : m[1].replace(/~1/g, '/').replace(/~0/g, '~');
}
