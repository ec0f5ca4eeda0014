import { record } from '../input/record.js';
import type { JsonValue, SchemaObject } from '../types.js';

const typeList = (s: SchemaObject): string[] => (Array.isArray(s.type) ? s.type : typeof s.type === 'string' ? [s.type] : []);

/**
 * A form value (sent as text) as the schema of its field types it: the text when the field
 * takes text, else the integer, number or boolean it spells; `undefined` when the schema
 * accepts neither (a value outside an enum, `last` for an integer, a file field).
 */
export function typedFormValue(schema: SchemaObject | undefined, text: string): JsonValue | undefined {
  if (!schema) return text;
  if (schema.format === 'binary' || schema.$ref || schema.oneOf || schema.anyOf) return undefined;
  const types = typeList(schema);
  let value: JsonValue | undefined;
  if (types.length === 0 || types.includes('string')) value = text;
  else if ((types.includes('integer') && /^-?\d+$/.test(text)) || (types.includes('number') && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text))) value = Number(text);
  else if (types.includes('boolean') && (text === 'true' || text === 'false')) value = text === 'true';
  if (value === undefined) return undefined;
  if (schema.enum && !schema.enum.some((e) => e === value || String(e) === text)) return undefined;
  return value;
}

const TEMPLATE = /^\{\{([^{}]+)\}\}$/;

/**
 * A text value as the schema types it, reading a value that is one `{{variable}}` as the
 * variable's collection value when the schema does not take text (Postman sends that value);
 * `undefined` when the schema accepts neither.
 */
export function sentFormValue(schema: SchemaObject | undefined, text: string, variables: Record<string, string>): JsonValue | undefined {
  const typed = typedFormValue(schema, text);
  if (typed !== undefined) return typed;
  const name = TEMPLATE.exec(text)?.[1]?.trim();
  return name !== undefined && Object.hasOwn(variables, name) ? typedFormValue(schema, (variables[name] as string).trim()) : undefined;
}

/** Whether a text value is one `{{variable}}` the collection gives no value to (what Postman sends is unknown). */
export const unknownTemplate = (text: string, variables: Record<string, string>): boolean => {
  const name = TEMPLATE.exec(text)?.[1]?.trim();
  return name !== undefined && !Object.hasOwn(variables, name);
};

const isFile = (s: SchemaObject): boolean => s.format === 'binary' || (s.type === 'array' && s.items?.format === 'binary');

/** The text side of a field that takes a file or text (`anyOf` a file schema and a text schema); any other field as it is. */
function textBranch(field: SchemaObject | undefined): SchemaObject | undefined {
  const branches = field?.anyOf;
  if (branches?.length !== 2 || !branches.some(isFile)) return field;
  return branches.find((b) => !isFile(b));
}

/**
 * The example of a form body: the values its enabled text rows send, as written, each as its
 * field's schema types it (see {@link sentFormValue}; a `[]` field or a key sent several
 * times holds an array; a field that takes a file or text, its text). A value the schema does
 * not accept is left out.
 */
export function formExample(schema: SchemaObject, values: Record<string, string | string[]>, variables: Record<string, string> = {}): Record<string, JsonValue> {
  const properties = schema.properties ?? {};
  const example = record<JsonValue>();
  for (const key of Object.keys(values)) {
    const value = values[key] as string | string[];
    const field = textBranch(properties[key]);
    if (Array.isArray(value)) {
      if (field && typeList(field).includes('array')) {
        const items = value.map((v) => sentFormValue(field.items, v, variables));
        if (items.every((v) => v !== undefined)) example[key] = items as JsonValue[];
      } else if (!field) example[key] = value;
      continue;
    }
    const typed = sentFormValue(field, value, variables);
    if (typed !== undefined) example[key] = typed;
  }
  return example;
}
