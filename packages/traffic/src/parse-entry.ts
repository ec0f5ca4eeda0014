import { TrafficInputError } from './errors.js';
import { MODEL_SHAPES } from './model-shapes.js';
import type { JsonValue, TrafficEntry } from './types.js';

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

/** Checks that a parsed value is a corpus entry; throws a {@link TrafficInputError} naming `where` and the bad field. */
export function parseEntry(value: JsonValue, where: string): TrafficEntry {
  if (!isRecord(value)) throw new TrafficInputError(where, 'expected a corpus entry object');
  const fail = (field: string, want: string): never => {
    throw new TrafficInputError(`${where}#/${field}`, `expected ${want}, got ${JSON.stringify(value[field]) ?? 'nothing'}`);
  };
  const source = value.source;
  if (!isRecord(source) || typeof source.kind !== 'string') fail('source', 'an object with a `kind`');
  if (typeof value.year !== 'number' || !Number.isInteger(value.year)) fail('year', 'an integer year');
  if (value.capture !== 'captured' && value.capture !== 'hand-edited') fail('capture', '"captured" or "hand-edited"');
  if (typeof value.method !== 'string' || !METHODS.has(value.method.toUpperCase())) fail('method', 'an HTTP method');
  if (value.path !== null && (typeof value.path !== 'string' || !value.path.startsWith('/'))) fail('path', 'a path starting with "/" or null');
  if (typeof value.status !== 'number' || !Number.isInteger(value.status) || value.status < 100 || value.status > 599) fail('status', 'an HTTP status code');
  if (!('body' in value)) fail('body', 'a response body');
  if (value.contentType !== undefined && typeof value.contentType !== 'string') fail('contentType', 'a media type string');
  if (value.model !== undefined) {
    if (typeof value.model !== 'string' || !/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(value.model)) fail('model', 'the name of a component schema');
    if (typeof value.path !== 'string') fail('path', 'the route the body came from (a model-addressed body needs one)');
  }
  if (value.shape !== undefined) {
    if (value.model === undefined) fail('shape', 'no `shape` without a `model`');
    if (!(MODEL_SHAPES as readonly JsonValue[]).includes(value.shape)) fail('shape', MODEL_SHAPES.map((s) => `"${s}"`).join(', '));
  }
  return { ...(value as unknown as TrafficEntry), method: (value.method as string).toUpperCase() };
}

/** True for a plain JSON object. */
export function isRecord(v: unknown): v is Record<string, JsonValue> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
