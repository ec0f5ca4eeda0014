import { readFile } from 'node:fs/promises';
import type { OpenApiDocument } from '../types.js';
import { isObject } from './ref.js';

/** Loads the spec: an object as given, a JSON file path, or (default) the bundled Imgur description. Throws naming what is wrong. */
export async function loadSpec(spec?: OpenApiDocument | string): Promise<OpenApiDocument> {
  if (spec === undefined) return checkSpec((await import('../generated/openapi.gen.js')).openapiDocument, 'the bundled description');
  if (typeof spec !== 'string') return checkSpec(spec, 'the given spec object');
  let text: string;
  try {
    text = await readFile(spec, 'utf8');
  } catch (e) {
    throw new Error(`Cannot read the OpenAPI file ${spec}: ${(e as Error).message}`);
  }
  try {
    return checkSpec(JSON.parse(text), spec);
  } catch (e) {
    throw new Error(`Invalid OpenAPI file ${spec}: ${(e as Error).message}`);
  }
}

function checkSpec(doc: unknown, where: string): OpenApiDocument {
  if (!isObject(doc) || typeof doc.openapi !== 'string' || !doc.openapi.startsWith('3.')) {
    throw new Error(`${where} is not an OpenAPI 3.x document (missing or wrong "openapi" field)`);
  }
  if (!isObject(doc.paths)) throw new Error(`${where} has no "paths" object`);
  return doc as OpenApiDocument;
}
