import { isSchema } from './schema-object.js';

type Schema = Record<string, unknown>;

/** The pattern that marks an integer field which also accepts the same number as a decimal string. */
const DIGITS = '^-?[0-9]+$';
/** The same for a reference to another object, which may also be the empty string when unset. */
const DIGITS_OR_EMPTY = '^(-?[0-9]+)?$';

/** Whether a property schema lets the value be null (`type` naming null, or a null `oneOf`/`anyOf` branch). */
export function allowsNull(schema: unknown): boolean {
  if (!isSchema(schema)) return true;
  if (Object.keys(schema).every((k) => k === 'description' || k === 'deprecated')) return true;
  if (schema.type === 'null' || (Array.isArray(schema.type) && schema.type.includes('null'))) return true;
  const branches = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  return Array.isArray(branches) && branches.some((b) => allowsNull(b));
}

/** Whether a property schema accepts a string where it declares a number (e.g. `"0"` for 0). */
export function allowsDigitString(schema: unknown): boolean {
  if (!isSchema(schema)) return true;
  const branches = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (schema.type === undefined && schema.$ref === undefined && !Array.isArray(branches)) return true;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('string')) return true;
  return Array.isArray(branches) && branches.some((b) => isSchema(b) && b.$ref === undefined && allowsDigitString(b));
}

/** Whether a property schema accepts the empty string (a string type whose pattern, if any, matches ""). */
export function allowsEmptyString(schema: unknown): boolean {
  if (!isSchema(schema)) return true;
  const branches = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (schema.type === undefined && schema.$ref === undefined && !Array.isArray(branches)) return true;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('string')) return typeof schema.pattern !== 'string' || new RegExp(schema.pattern).test('');
  return Array.isArray(branches) && branches.some((b) => isSchema(b) && b.$ref === undefined && allowsEmptyString(b));
}

/** Whether a property schema is typed as always null (`type: "null"` and nothing else). */
export function alwaysNull(schema: unknown): boolean {
  return isSchema(schema) && schema.type === 'null';
}

/** Whether a property schema declares an integer or number. */
export function declaresInteger(schema: unknown): boolean {
  if (!isSchema(schema)) return false;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.includes('integer') || types.includes('number');
}

/** The schema without what makes it nullable or accept digit strings (the base the evidence rules add to). */
export function strictSchema(schema: unknown): unknown {
  if (!isSchema(schema)) return schema;
  const out: Schema = { ...schema };
  if (Array.isArray(out.type)) {
    let types = out.type.filter((t) => t !== 'null');
    if ((out.pattern === DIGITS || out.pattern === DIGITS_OR_EMPTY) && types.some((t) => t === 'integer' || t === 'number')) {
      types = types.filter((t) => t !== 'string');
      delete out.pattern;
    }
    out.type = types.length === 1 ? types[0] : types;
  } else if (out.type === 'null') delete out.type;
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = out[key];
    if (!Array.isArray(branches)) continue;
    const kept = branches.filter((b) => !(isSchema(b) && b.type === 'null'));
    if (kept.length === 1 && Object.keys(out).length === 1) return kept[0];
    out[key] = kept;
  }
  return out;
}

/**
 * The schema, made nullable and/or accepting digit strings as asked (and the empty string with them, for a reference;
 * `null` kept last in a `type` list).
 */
export function widenSchema(schema: unknown, nullable: boolean, digits: boolean, empty = false): unknown {
  if (!isSchema(schema)) return schema;
  let out: Schema = { ...schema };
  const types = (): unknown[] => (Array.isArray(out.type) ? out.type : [out.type]);
  if (digits && declaresInteger(out) && !allowsDigitString(out))
    out = { ...out, type: [...types().filter((t) => t !== 'null'), 'string', ...types().filter((t) => t === 'null')], pattern: empty ? DIGITS_OR_EMPTY : DIGITS };
  else if (digits && empty && out.pattern === DIGITS) out = { ...out, pattern: DIGITS_OR_EMPTY };
  if (nullable && !allowsNull(out)) {
    if (out.type !== undefined) out = { ...out, type: [...types(), 'null'] };
    else out = { anyOf: [out, { type: 'null' }] };
  }
  return out;
}
