import type { JsonObject } from './types.js';

/** Which fields of an object model a response may leave out, and which it may send as null. */
export interface FieldPresence {
  /** Declared fields not in `required`, in declaration order. */
  optional: string[];
  /** Declared fields whose schema allows null (or says nothing of the type), in declaration order. */
  nullable: string[];
}

/**
 * The optional and nullable fields of a component schema with `properties` (own and through local `allOf`
 * references); undefined for other schemas (unions, enums, scalars).
 */
export function fieldPresence(spec: JsonObject, schema: unknown): FieldPresence | undefined {
  const props = new Map<string, unknown>();
  const required = new Set<string>();
  const visit = (node: unknown, depth: number): void => {
    const n = resolve(spec, node);
    if (!isObject(n) || depth > 16) return;
    if (isObject(n.properties)) for (const [k, v] of Object.entries(n.properties)) if (!props.has(k)) props.set(k, v);
    if (Array.isArray(n.required)) for (const r of n.required) if (typeof r === 'string') required.add(r);
    if (Array.isArray(n.allOf)) for (const m of n.allOf) visit(m, depth + 1);
  };
  visit(schema, 0);
  if (props.size === 0) return undefined;
  const names = [...props.keys()];
  return { optional: names.filter((n) => !required.has(n)), nullable: names.filter((n) => allowsNull(spec, props.get(n), 0)) };
}

function allowsNull(spec: JsonObject, schema: unknown, depth: number): boolean {
  const s = resolve(spec, schema);
  if (!isObject(s) || depth > 16) return false;
  if (s.type === 'null' || (Array.isArray(s.type) && s.type.includes('null'))) return true;
  const branches = s.oneOf ?? s.anyOf;
  if (Array.isArray(branches)) return branches.some((b) => allowsNull(spec, b, depth + 1));
  return !['type', 'const', 'enum', '$ref', 'properties', 'items', 'allOf'].some((k) => k in s);
}

function resolve(spec: JsonObject, node: unknown): unknown {
  let cur = node;
  for (let i = 0; i < 16 && isObject(cur) && typeof cur.$ref === 'string' && cur.$ref.startsWith('#/'); i++) {
    let target: unknown = spec;
    for (const seg of cur.$ref.slice(2).split('/')) target = isObject(target) ? target[seg.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    cur = target;
  }
  return cur;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
