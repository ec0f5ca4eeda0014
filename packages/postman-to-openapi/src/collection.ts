import { ConversionError } from './errors.js';
import type { JsonObject } from './types.js';

const SCHEMA_RE = /^https?:\/\/schema\.(?:get)?postman\.com\/json\/collection\/v(\d+\.\d+\.\d+)\/collection\.json$/;
const SUPPORTED = new Set(['2.0.0', '2.1.0']);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses and checks a Postman collection (v2.0 or v2.1).
 * Throws ConversionError naming the problem (and `source`) for non-JSON input,
 * input that is not a collection, or an unknown `info.schema` version.
 */
export function loadCollection(input: unknown, source = 'input'): JsonObject {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch (error) {
      throw new ConversionError(`${source}: not valid JSON (${(error as Error).message})`);
    }
  }
  if (!isObject(value)) throw new ConversionError(`${source}: not a Postman collection (expected a JSON object)`);
  const info = value['info'];
  if (!isObject(info)) throw new ConversionError(`${source}: not a Postman collection (missing "info")`);
  const schema = info['schema'];
  if (typeof schema !== 'string') {
    throw new ConversionError(`${source}: not a Postman collection (missing "info.schema")`);
  }
  const version = SCHEMA_RE.exec(schema)?.[1];
  if (version === undefined) {
    throw new ConversionError(`${source}: not a Postman collection schema: "${schema}"`);
  }
  if (!SUPPORTED.has(version)) {
    throw new ConversionError(`${source}: unsupported Postman collection schema v${version} (expected v2.0.0 or v2.1.0)`);
  }
  if (!Array.isArray(value['item'])) {
    throw new ConversionError(`${source}: not a Postman collection (missing "item" array)`);
  }
  return value;
}
