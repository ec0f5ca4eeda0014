import { MAX_DEPTH, tooDeep } from './depth.js';
import { ConversionError } from '../errors.js';
import { quote } from './quote.js';
import type { JsonObject } from '../types.js';

const SCHEMA_RE = /^https?:\/\/schema\.(?:get)?postman\.com\/json\/collection\/v(\d+\.\d+\.\d+)\/collection\.json$/;
const SUPPORTED = new Set(['2.0.0', '2.1.0']);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(source: string, message: string, pointer: string): never {
  throw new ConversionError(`${source}: ${message} (at ${pointer === '' ? '/' : pointer})`, { pointer });
}

/**
 * Parses and checks a Postman collection (v2.0 or v2.1); a leading byte order mark in text is skipped.
 * Throws ConversionError naming the problem, `source` and the JSON pointer for non-JSON
 * input, input that is not a collection, an unknown `info.schema` version, or values
 * nested deeper than MAX_DEPTH levels.
 */
export function loadCollection(input: unknown, source = 'input'): JsonObject {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input) as unknown;
    } catch (error) {
      throw new ConversionError(`${source}: not valid JSON (${(error as Error).message.slice(0, 200)})`);
    }
  }
  if (!isObject(value)) fail(source, 'not a Postman collection (expected a JSON object)', '');
  const info = value.info;
  if (!isObject(info)) fail(source, 'not a Postman collection (missing "info")', '/info');
  const schema = info.schema;
  if (typeof schema !== 'string') fail(source, 'not a Postman collection (missing "info.schema")', '/info/schema');
  const version = SCHEMA_RE.exec(schema)?.[1];
  if (version === undefined) fail(source, `not a Postman collection schema: ${quote(schema)}`, '/info/schema');
  if (!SUPPORTED.has(version)) {
    fail(source, `unsupported Postman collection schema v${version} (expected v2.0.0 or v2.1.0)`, '/info/schema');
  }
  if (!Array.isArray(value.item)) fail(source, 'not a Postman collection (missing "item" array)', '/item');
  const deep = tooDeep(value);
  if (deep !== undefined) fail(source, `nested deeper than ${MAX_DEPTH} levels`, deep);
  return value;
}
