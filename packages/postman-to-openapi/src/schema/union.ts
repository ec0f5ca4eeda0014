import type { SchemaObject, SecurityRequirement } from '../types.js';
import { unionSchemas } from './union-all.js';

/**
 * Union of the security alternatives of several requests; a request without auth adds `{}` (auth
 * optional). One pass: each alternative is written as JSON once, not again for every request merged after it.
 */
export function unionSecurities(lists: SecurityRequirement[][]): SecurityRequirement[] {
  const all = new Set<string>();
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i] as SecurityRequirement[];
    if (list.length === 0) all.add('{}');
    for (let j = 0; j < list.length; j++) all.add(JSON.stringify(list[j]));
  }
  const unique = [...all].sort().map((s) => JSON.parse(s) as SecurityRequirement);
  return unique.length === 1 && Object.keys(unique[0] ?? {}).length === 0 ? [] : unique;
}

/** Union of two schemas (see {@link unionSchemas}). */
export function unionSchema(a: SchemaObject, b: SchemaObject): SchemaObject {
  return unionSchemas([a, b]);
}
