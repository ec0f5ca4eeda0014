import type { ParsedBody } from './body.js';
import type { Operation } from '../spec/operation.js';
import { isObject, resolveRef } from '../spec/ref.js';
import type { OpenApiDocument } from '../types.js';

/**
 * The value validated against the body schema: JSON as sent, or form fields where `key[]` and array-typed
 * properties become arrays, any other field sent twice keeps its last value (as Imgur reads forms), and file
 * parts stand in as their file names.
 */
export function bodyValue(doc: OpenApiDocument, op: Operation, body: ParsedBody): unknown {
  if (body.kind === 'json') return body.json;
  const schema = resolveRef(doc, op.body?.schema);
  const props = isObject(schema) && isObject(schema.properties) ? schema.properties : {};
  const out: Record<string, unknown> = {};
  const put = (key: string, values: readonly string[]): void => {
    out[key] = isArrayProp(doc, props[key], key) ? [...values] : values.at(-1);
  };
  for (const [k, v] of body.fields) put(k, v);
  for (const [k, files] of body.files)
    put(
      k,
      files.map((f) => f.name || 'upload'),
    );
  return out;
}

function isArrayProp(doc: OpenApiDocument, raw: unknown, key: string): boolean {
  const s = resolveRef(doc, raw);
  if (!isObject(s)) return key.endsWith('[]');
  const type = s.type;
  return type === 'array' || (Array.isArray(type) && type.includes('array'));
}

/** The body fields the operation's schema declares as files (`format: binary`, or `contentEncoding` of binary data). */
export function binaryFields(doc: OpenApiDocument, op: Operation): Set<string> {
  const schema = resolveRef(doc, op.body?.schema);
  const props = isObject(schema) && isObject(schema.properties) ? schema.properties : {};
  const out = new Set<string>();
  for (const [k, raw] of Object.entries(props)) {
    const s = resolveRef(doc, raw);
    if (isObject(s) && (s.format === 'binary' || s.contentMediaType !== undefined)) out.add(k);
  }
  return out;
}
