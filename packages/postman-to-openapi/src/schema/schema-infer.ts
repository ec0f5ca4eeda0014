import type { JsonValue, SchemaObject } from '../types.js';
import { record } from '../input/record.js';

function typeOf(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * Merges two inferred schemas: object properties are united,
 * differing types become a type list (integer widens to number).
 */
export function mergeSchemas(a: SchemaObject, b: SchemaObject): SchemaObject {
  if (a.type === 'object' && b.type === 'object') {
    const properties = record(a.properties);
    for (const [key, schema] of Object.entries(b.properties ?? {})) {
      const existing = properties[key];
      properties[key] = existing ? mergeSchemas(existing, schema) : schema;
    }
    return { type: 'object', properties };
  }
  if (a.type === 'array' && b.type === 'array') {
    return { type: 'array', items: mergeSchemas(a.items ?? {}, b.items ?? {}) };
  }
  if (a.type === undefined) return b;
  if (b.type === undefined) return a;
  const types = new Set([a.type, b.type].flat());
  if (types.has('number')) types.delete('integer');
  const list = [...types].sort();
  return list.length === 1 ? (list[0] === a.type ? a : b) : { type: list };
}

/**
 * Infers a JSON Schema from an example value: objects list their keys as
 * properties (none marked required: an example cannot tell), arrays merge their items, integers stay integers.
 */
export function inferSchema(value: JsonValue): SchemaObject {
  const type = typeOf(value);
  if (Array.isArray(value)) {
    const items = value.map(inferSchema).reduce<SchemaObject | undefined>((acc, s) => (acc ? mergeSchemas(acc, s) : s), undefined);
    return { type: 'array', items: items ?? {} };
  }
  if (value !== null && typeof value === 'object') {
    const properties = record<SchemaObject>();
    for (const [key, child] of Object.entries(value)) properties[key] = inferSchema(child);
    return { type: 'object', properties };
  }
  return { type };
}
