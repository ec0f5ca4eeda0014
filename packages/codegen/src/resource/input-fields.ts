import { camelCase, isIdentifierName, toIdentifier, uniqueNamer } from '../names.js';
import type { JsonObject, JsonValue } from '../types.js';
import type { OperationInfo } from './collect-operations.js';
import { isObject, resolveRef } from './resolve.js';

/** One field of an operation's input object. */
export interface InputField {
  readonly key: string;
  readonly wire: string;
  readonly location: 'path' | 'query' | 'header' | 'body';
  readonly required: boolean;
  readonly schema: JsonValue | undefined;
  readonly description: string;
  readonly binary: boolean;
  readonly default?: string | number | boolean;
}

/** The request body's encoding and raw field list, if the operation has one. */
export interface BodyInfo {
  readonly encoding: 'multipart' | 'json' | 'form';
  readonly schema: JsonObject;
}

const ENCODINGS = [
  ['multipart/form-data', 'multipart'],
  ['application/x-www-form-urlencoded', 'form'],
  ['application/json', 'json'],
] as const;

/** The body media type the generator supports, first match in multipart, form, JSON order. */
export function bodyInfo(spec: JsonObject, info: OperationInfo): BodyInfo | undefined {
  const body = resolveRef(spec, info.op.requestBody);
  if (body === undefined || !isObject(body.content)) return undefined;
  for (const [media, encoding] of ENCODINGS) {
    const mt = body.content[media];
    if (!isObject(mt)) continue;
    const schema = resolveRef(spec, mt.schema);
    if (schema === undefined) throw new Error(`${info.method} ${info.path}: ${media} body has no schema`);
    return { encoding, schema };
  }
  throw new Error(`${info.method} ${info.path}: unsupported request body media type(s) ${Object.keys(body.content).join(', ')}`);
}

const isBinary = (s: JsonObject | undefined, spec: JsonObject): boolean =>
  s !== undefined && (s.format === 'binary' || (s.type === 'array' && resolveRef(spec, s.items)?.format === 'binary'));

/** A friendly input key for a wire name: itself when it is an identifier, else camelCase (`ids[]` -> `ids`). */
export function inputKey(wire: string): string {
  return isIdentifierName(wire) ? wire : toIdentifier(camelCase(wire), 'field');
}

/** All input fields of an operation: path, query, header parameters, then body properties. Keys are unique. */
export function inputFields(spec: JsonObject, info: OperationInfo): InputField[] {
  const unique = uniqueNamer();
  const fields: InputField[] = [];
  const own = Array.isArray(info.op.parameters) ? info.op.parameters : [];
  const params = [...info.pathParameters, ...own].map((p) => resolveRef(spec, p)).filter((p) => p !== undefined);
  const byId = new Map<string, JsonObject>();
  for (const p of params) byId.set(`${String(p.in)}:${String(p.name)}`, p);
  for (const p of byId.values()) {
    const where = p.in;
    if (where !== 'path' && where !== 'query' && where !== 'header') continue;
    if (typeof p.name !== 'string') throw new Error(`${info.method} ${info.path}: a parameter has no name`);
    const schema = resolveRef(spec, p.schema);
    const dflt = schema?.default;
    const hasDefault = typeof dflt === 'string' || typeof dflt === 'number' || typeof dflt === 'boolean';
    const field: InputField = {
      key: unique(inputKey(p.name)),
      wire: p.name,
      location: where,
      required: where === 'path' ? !hasDefault : p.required === true,
      schema: p.schema,
      description: typeof p.description === 'string' ? p.description : '',
      binary: false,
      ...(where === 'path' && hasDefault ? { default: dflt } : {}),
    };
    fields.push(field);
  }
  const body = bodyInfo(spec, info);
  if (body !== undefined) {
    const props = isObject(body.schema.properties) ? body.schema.properties : {};
    const required = new Set(Array.isArray(body.schema.required) ? body.schema.required : []);
    for (const [wire, raw] of Object.entries(props)) {
      const s = resolveRef(spec, raw);
      fields.push({
        key: unique(inputKey(wire)),
        wire,
        location: 'body',
        required: required.has(wire),
        schema: raw,
        description: typeof s?.description === 'string' ? s.description : '',
        binary: isBinary(s, spec),
      });
    }
  }
  return fields;
}
