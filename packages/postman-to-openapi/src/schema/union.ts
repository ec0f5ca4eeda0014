import type { SchemaObject, SecurityRequirement } from '../types.js';
import { unionSchemas } from './union-all.js';

/** Union of security alternatives; a request without auth adds `{}` (auth optional). */
export function unionSecurity(a: SecurityRequirement[], b: SecurityRequirement[]): SecurityRequirement[] {
  const all = [...(a.length === 0 ? [{}] : a), ...(b.length === 0 ? [{}] : b)].map((s) => JSON.stringify(s));
  const unique = [...new Set(all)].sort().map((s) => JSON.parse(s) as SecurityRequirement);
  return unique.length === 1 && Object.keys(unique[0] ?? {}).length === 0 ? [] : unique;
}

/** Union of two schemas (see {@link unionSchemas}). */
export function unionSchema(a: SchemaObject, b: SchemaObject): SchemaObject {
  return unionSchemas([a, b]);
}
