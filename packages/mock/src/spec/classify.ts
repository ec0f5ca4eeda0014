import type { OpenApiDocument } from '../types.js';
import type { AuthLevel, Operation } from './operation.js';
import { isObject, resolveRef } from './ref.js';

/** The response envelope a 2xx schema describes. */
export function envelopeKind(doc: OpenApiDocument, schema: unknown): Operation['envelope'] {
  const s = resolveRef(doc, schema);
  if (s === undefined) return 'full';
  const props = isObject(s) && isObject(s.properties) ? s.properties : {};
  if ('data' in props && 'success' in props) return 'full';
  return 'data' in props ? 'data' : 'bare';
}

/** The weakest credentials any security requirement accepts. */
export function authLevel(doc: OpenApiDocument, security: unknown): AuthLevel {
  if (!Array.isArray(security) || security.length === 0) return 'none';
  const schemes = isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
  let level: AuthLevel = 'user';
  for (const req of security) {
    if (!isObject(req) || Object.keys(req).length === 0) return 'none';
    const kinds = Object.keys(req).map((name) => resolveRef(doc, schemes[name]));
    if (kinds.some((k) => isObject(k) && k.type === 'apiKey')) level = 'client';
  }
  return level;
}
