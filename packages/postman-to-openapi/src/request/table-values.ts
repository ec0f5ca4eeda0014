import { sentFormValue, unknownTemplate } from '../schema/form-example.js';
import type { JsonValue, SchemaObject } from '../types.js';

/** A value the collection sends for a table's target: JSON as parsed, or text (a query or form value, typed by its schema). */
export interface SentValue {
  value: JsonValue;
  text: boolean;
}

const jsonType = (v: JsonValue): string[] =>
  v === null ? ['null'] : Array.isArray(v) ? ['array'] : typeof v === 'number' ? (Number.isInteger(v) ? ['integer', 'number'] : ['number']) : [typeof v];

function typeAccepts(schema: SchemaObject, sent: SentValue, variables: Record<string, string>): boolean {
  const types = Array.isArray(schema.type) ? schema.type : typeof schema.type === 'string' ? [schema.type] : [];
  if (types.length === 0) return true;
  if (!sent.text) return jsonType(sent.value).some((t) => types.includes(t));
  if (Array.isArray(sent.value)) return types.includes('array') && sent.value.every((v) => sentFormValue(schema.items, String(v), variables) !== undefined);
  return sentFormValue({ type: schema.type }, String(sent.value), variables) !== undefined;
}

function enumAccepts(schema: SchemaObject, sent: SentValue, variables: Record<string, string>): boolean {
  if (!schema.enum || Array.isArray(sent.value)) return true;
  if (!sent.text) return schema.enum.some((e) => e === sent.value);
  const text = String(sent.value);
  return schema.enum.some((e) => String(e) === text) || sentFormValue({ enum: schema.enum }, text, variables) !== undefined;
}

const shown = (v: JsonValue): string => {
  const text = JSON.stringify(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/**
 * Makes a schema a description table typed (`schema`, from `before`) accept every value the
 * collection sends for it: a value outside the table's allowed values drops the `enum` (the
 * description still lists them), a value of another type restores the type the collection
 * gave (`before`). Returns what was dropped, one phrase each, for the warning.
 */
export function fitToSent(schema: SchemaObject, before: SchemaObject, given: SentValue[], variables: Record<string, string> = {}, asWritten = false): string[] {
  const notes: string[] = [];
  // A lone `{{variable}}` without a collection value: what Postman sends is unknown, so it contradicts nothing,
  // unless the example holds it as written (`asWritten`: a form value).
  const sent = asWritten ? given : given.filter((s) => !(s.text && typeof s.value === 'string' && unknownTemplate(s.value, variables)));
  // Only what the table set is checked: a constraint the collection gave already is its own.
  const offEnum = schema.enum !== before.enum ? sent.find((s) => !enumAccepts(schema, s, variables)) : undefined;
  if (offEnum && schema.enum) {
    notes.push(
      `allows ${schema.enum.map((e) => `\`${String(e)}\``).join(', ')}, but {where} sends ${shown(offEnum.value)} for {what}; the allowed values are kept in the description only`,
    );
    delete schema.enum;
  }
  const offType = String(schema.type) !== String(before.type) ? sent.find((s) => !typeAccepts(schema, s, variables)) : undefined;
  if (offType) {
    notes.push(
      `says ${Array.isArray(schema.type) ? schema.type.join(' or ') : String(schema.type)}, but {where} sends ${shown(offType.value)} for {what}; typed as the collection sends it`,
    );
    if (before.type === undefined) delete schema.type;
    else schema.type = before.type;
    if (before.items) schema.items = before.items;
    else delete schema.items;
    if (schema.default !== undefined && !typeAccepts(schema, { value: schema.default, text: false }, variables)) schema.default = String(schema.default);
  }
  return notes;
}

/** Whether a schema's `default` is a value the schema accepts (its type, its allowed values); true without one. */
export function defaultFits(schema: SchemaObject): boolean {
  if (schema.default === undefined) return true;
  const sent = { value: schema.default, text: false };
  return typeAccepts(schema, sent, {}) && enumAccepts(schema, sent, {});
}
