import type { JsonValue, SchemaObject } from '../types.js';
import { record } from '../input/record.js';
import { unionSchemas } from './union-all.js';

function typeOf(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Union of two inferred schemas (see {@link unionSchemas}). */
export function mergeSchemas(a: SchemaObject, b: SchemaObject): SchemaObject {
  return unionSchemas([a, b]);
}

/**
 * Infers a JSON Schema from an example value: objects list their keys as
 * properties (none marked required: an example cannot tell), arrays unite their items, integers stay integers.
 */
export function inferSchema(value: JsonValue): SchemaObject {
  if (Array.isArray(value)) return { type: 'array', items: unionSchemas(value.map(inferSchema)) };
  if (value !== null && typeof value === 'object') {
    const properties = record<SchemaObject>();
    for (const key of Object.keys(value)) properties[key] = inferSchema(value[key] as JsonValue);
    return { type: 'object', properties };
  }
  return { type: typeOf(value) };
}
