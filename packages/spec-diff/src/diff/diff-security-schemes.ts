import { isObject, objectAt } from '../load/json.js';
import { cleanText } from '../load/clean-text.js';
import type { OpenApiDocument } from '../types.js';

/** A security scheme whose definition changed (both documents define it). */
export interface SchemeFinding {
  readonly scheme: string;
  readonly before: string;
  readonly after: string;
}

/**
 * Compares `components.securitySchemes` present in both documents by what a
 * caller must send (type, scheme, `in`, name, flows); descriptions do not count.
 * Added or removed schemes show up as changed alternatives of operations.
 */
export function diffSecuritySchemes(oldDoc: OpenApiDocument, newDoc: OpenApiDocument): SchemeFinding[] {
  const xs = objectAt(objectAt(oldDoc, 'components'), 'securitySchemes');
  const ys = objectAt(objectAt(newDoc, 'components'), 'securitySchemes');
  const out: SchemeFinding[] = [];
  for (const scheme of Object.keys(xs)
    .filter((k) => k in ys)
    .sort()) {
    const before = summary(xs[scheme]);
    const after = summary(ys[scheme]);
    if (before !== after) out.push({ scheme, before, after });
  }
  return out;
}

function summary(scheme: unknown): string {
  if (!isObject(scheme)) return 'invalid';
  const parts = [scheme.type, scheme.scheme, scheme.in, scheme.name, scheme.bearerFormat, scheme.openIdConnectUrl]
    .filter((p): p is string => typeof p === 'string')
    .map((p) => cleanText(p, 60));
  if (isObject(scheme.flows)) parts.push(`flows ${cleanText(JSON.stringify(sortKeys(scheme.flows)), 200)}`);
  return parts.join(' ');
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys(value[k])]),
  );
}
