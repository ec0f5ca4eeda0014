import { readFileSync } from 'node:fs';
import type { JsonObject } from './types.js';

/** Reads an OpenAPI 3.1 JSON description; errors name the file and what is wrong. */
export function readSpec(path: string): JsonObject {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: cannot read the OpenAPI description: ${(err as Error).message}`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new Error(`${path}: not a JSON object`);
  const version = (doc as JsonObject).openapi;
  if (typeof version !== 'string' || !version.startsWith('3.1')) throw new Error(`${path}: "openapi" must be 3.1.x`);
  return doc as JsonObject;
}
