import { isObject } from './json.js';
import type { OpenApiDocument } from '../types.js';

/**
 * Parses JSON text as an OpenAPI 3.x document.
 * @throws Error naming `label` when the text is not JSON or has no `"openapi": "3.x"`.
 */
export function parseDocument(text: string, label: string): OpenApiDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`${label}: not valid JSON (${(e as Error).message})`);
  }
  if (!isObject(value) || typeof value.openapi !== 'string' || !value.openapi.startsWith('3.')) {
    throw new Error(`${label}: not an OpenAPI 3.x document (expected a top-level "openapi": "3.x" field)`);
  }
  if (value.paths !== undefined && !isObject(value.paths)) throw new Error(`${label}: "paths" must be an object`);
  return value;
}
