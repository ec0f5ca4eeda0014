import { record } from '../input/record.js';
import { mergeSchemas } from './schema-infer.js';
import type { RequestBodyObject, ResponseObject, SchemaObject, SecurityRequirement } from '../types.js';

/** Union of security alternatives; a request without auth adds `{}` (auth optional). */
export function unionSecurity(a: SecurityRequirement[], b: SecurityRequirement[]): SecurityRequirement[] {
  const all = [...(a.length === 0 ? [{}] : a), ...(b.length === 0 ? [{}] : b)].map((s) => JSON.stringify(s));
  const unique = [...new Set(all)].sort().map((s) => JSON.parse(s) as SecurityRequirement);
  return unique.length === 1 && Object.keys(unique[0] ?? {}).length === 0 ? [] : unique;
}

/** Union of two schemas: objects merge their properties (required where both agree), others become `oneOf`. */
export function unionSchema(a: SchemaObject, b: SchemaObject): SchemaObject {
  if (JSON.stringify(a) === JSON.stringify(b)) return a;
  if (a.type === 'object' && b.type === 'object') {
    const merged = mergeSchemas(a, b);
    const required = (a.required ?? []).filter((k) => (b.required ?? []).includes(k));
    return required.length > 0 ? { ...merged, required } : merged;
  }
  const options = [...(a.oneOf ?? [a]), ...(b.oneOf ?? [b])];
  return { oneOf: options.filter((s, i) => options.findIndex((t) => JSON.stringify(t) === JSON.stringify(s)) === i) };
}

/** Union of two request bodies, per media type. */
export function mergeBodies(a: RequestBodyObject | undefined, b: RequestBodyObject | undefined): RequestBodyObject | undefined {
  if (!a || !b) return a ?? b;
  const content = record(a.content);
  for (const [type, media] of Object.entries(b.content)) {
    const mine = content[type];
    content[type] = mine ? { ...mine, schema: unionSchema(mine.schema, media.schema) } : media;
  }
  return { content };
}

/** Union of two response maps, per status and media type; a 2xx makes `default` redundant. */
export function mergeResponses(a: Record<string, ResponseObject>, b: Record<string, ResponseObject>): Record<string, ResponseObject> {
  const out = record(structuredClone(a));
  for (const [code, response] of Object.entries(b)) {
    const mine = out[code];
    if (!mine) {
      out[code] = response;
      continue;
    }
    if (mine.description !== response.description) mine.description = `${mine.description}; ${response.description}`;
    for (const [type, media] of Object.entries(response.content ?? {})) {
      const content = (mine.content = record(mine.content ?? {}));
      const existing = content[type];
      content[type] = existing ? { ...existing, schema: unionSchema(existing.schema, media.schema) } : media;
    }
  }
  if (out.default && Object.keys(out).some((c) => /^2/.test(c))) delete out.default;
  return out;
}
