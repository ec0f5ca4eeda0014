import { pascalCase, toIdentifier, uniqueNamer } from './names.js';
import type { JsonObject } from './types.js';

const RESERVED = [
  'components',
  'paths',
  'operations',
  'webhooks',
  'Operation',
  'PageableOperation',
  'UploadSource',
  'defineOperation',
  'defineUploadOperation',
  'definePageableOperation',
  'Record',
  'Blob',
];

/**
 * Component schema name -> exported TypeScript alias (`Image`, `GalleryItem`),
 * sanitized and made unique in schema order. The models package and the
 * resource packages both use this map, so their names always agree.
 */
export function modelNames(spec: JsonObject): Map<string, string> {
  const components = spec.components as JsonObject | undefined;
  const schemas = (components?.schemas ?? {}) as JsonObject;
  const unique = uniqueNamer();
  // Names the generated files import or declare themselves.
  for (const taken of RESERVED) unique(taken);
  const out = new Map<string, string>();
  for (const name of Object.keys(schemas)) {
    const safe = /^[A-Za-z][A-Za-z0-9]*$/.test(name) ? name : pascalCase(name);
    out.set(name, unique(toIdentifier(safe, 'Model')));
  }
  return out;
}
