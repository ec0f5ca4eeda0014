import type { JsonValue, SchemaObject } from '../types.js';

/** One request's object schema in a merge, with the example values it sent. */
export interface RequiredSource {
  schema: SchemaObject;
  values: JsonValue[];
}

/** Whether every value is an object that has the member `key` (and there is at least one). */
function everySends(values: JsonValue[], key: string): boolean {
  if (values.length === 0) return false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || typeof v !== 'object' || Array.isArray(v) || !Object.hasOwn(v, key)) return false;
  }
  return true;
}

/**
 * The fields the union of several requests' object schemas still requires, or undefined when no
 * schema requires any: a field some request requires (its description table says so) stays
 * required when each other request requires it too, or says nothing of what it requires (no
 * `required`) and sends the field in every example it gave. A request whose `required` leaves the
 * field out, or that does not always send it, makes it optional: every example still validates.
 */
export function mergedRequired(sources: RequiredSource[]): string[] | undefined {
  const candidates = new Set<string>();
  const lists: (Set<string> | undefined)[] = [];
  for (let i = 0; i < sources.length; i++) {
    const s = (sources[i] as RequiredSource).schema;
    if (s.type !== 'object') return undefined;
    for (const key of s.required ?? []) candidates.add(key);
    lists.push(s.required ? new Set(s.required) : undefined);
  }
  if (candidates.size === 0) return undefined;
  return [...candidates].filter((key) => {
    for (let i = 0; i < sources.length; i++) {
      const own = lists[i];
      if (own ? !own.has(key) : !everySends((sources[i] as RequiredSource).values, key)) return false;
    }
    return true;
  });
}
