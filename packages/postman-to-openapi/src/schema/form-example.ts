import { fillVariables } from '../input/fill-variables.js';
import { record } from '../input/record.js';
import type { JsonValue, SchemaObject } from '../types.js';

const typeList = (s: SchemaObject): string[] => (Array.isArray(s.type) ? s.type : typeof s.type === 'string' ? [s.type] : []);

/**
 * A form value (sent as text) as the schema of its field types it: the text when the field
 * takes text, else the integer, number or boolean it spells; `undefined` when the schema
 * accepts neither (a value outside an enum, `last` for an integer, a number a double does not
 * hold exactly such as `12345678901234567890`, a file field).
 */
export function typedFormValue(schema: SchemaObject | undefined, text: string): JsonValue | undefined {
  if (!schema) return text;
  if (schema.format === 'binary' || schema.$ref || schema.oneOf || schema.anyOf) return undefined;
  const types = typeList(schema);
  let value: JsonValue | undefined;
  if (types.length === 0 || types.includes('string')) value = text;
  else if ((types.includes('integer') && /^-?\d+$/.test(text)) || (types.includes('number') && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text))) {
    // Only a number written as JSON writes it back: another (`12345678901234567890` and 400 digits, which a double does not
    // hold; `007`, `1.50`, `1e3`, whose text a number would not keep) is kept as the text Postman sends.
    if (String(Number(text)) === text) value = Number(text);
  } else if (types.includes('boolean') && (text === 'true' || text === 'false')) value = text === 'true';
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
  return typed !== undefined ? typed : variableValue(schema, text, variables);
}

/** A text value that is one `{{variable}}` as the schema types the variable's collection value; `undefined` for any other text. */
function variableValue(schema: SchemaObject | undefined, text: string, variables: Record<string, string>): JsonValue | undefined {
  const name = TEMPLATE.exec(text)?.[1]?.trim();
  // The text filled in as Postman sends it: a value may name another variable, 19 substitutions in all (see fillVariables).
  return name !== undefined && Object.hasOwn(variables, name) ? typedFormValue(schema, fillVariables(text, variables).trim()) : undefined;
}

/** Whether a text value is one `{{variable}}` the collection gives no value to (what Postman sends is unknown). */
export const unknownTemplate = (text: string, variables: Record<string, string>): boolean => {
  const name = TEMPLATE.exec(text)?.[1]?.trim();
  return name !== undefined && !Object.hasOwn(variables, name);
};

const isFile = (s: SchemaObject): boolean => s.format === 'binary' || (s.type === 'array' && s.items?.format === 'binary');

/** Where the text side of a field that takes a file or text (`anyOf` a file schema and a text schema) is in its `anyOf`; -1 for any other field. */
export function textBranchAt(field: SchemaObject): number {
  const branches = field.anyOf;
  if (branches?.length !== 2 || !branches.some(isFile)) return -1;
  return branches.findIndex((b) => !isFile(b));
}

/** The text side of a field that takes a file or text (`anyOf` a file schema and a text schema); any other field as it is. */
function textBranch(field: SchemaObject | undefined): SchemaObject | undefined {
  const branches = field?.anyOf;
  if (branches?.length !== 2 || !branches.some(isFile)) return field;
  return branches.find((b) => !isFile(b));
}

/** The example of a form body, and the values as written when the example cannot show them all. */
export interface FormExample {
  value: Record<string, JsonValue>;
  /**
   * The rows as written (`{{variables}}` and all), only when `value` holds a variable's value or a key is sent both
   * as text and as a file (then that key's entry lists what each of its rows sends: the text value(s), then the files' `src`).
   */
  asWritten?: Record<string, JsonValue>;
  /** Whether `value` holds a variable's collection value. */
  resolved?: boolean;
  /** The keys sent both as text and as a file (the example shows their text). */
  textAndFile?: string[];
}

/** What the example shows of a file field: the files its rows send (`src`), as the field's schema takes them. */
function fileValue(field: SchemaObject | undefined, sources: string[], variables: Record<string, string>): JsonValue | undefined {
  const file = field?.anyOf ? field.anyOf.find(isFile) : field;
  if (!file) return sources[0];
  if (file.type === 'array' && file.items?.format === 'binary') return sources;
  if (file.format === 'binary') return sources[0];
  return sentFormValue(file, sources[0] as string, variables);
}

/**
 * The example of a form body: the values its enabled text rows send, as written, each as its
 * field's schema types it (see {@link sentFormValue}; a `[]` field or a key sent several
 * times holds an array; a field that takes a file or text, its text), and each file row's
 * `src` (the file it sends; a list for a `[]` field). A value the schema does not accept is
 * left out. A value that is one `{{variable}}` is typed as its collection value only when the
 * field does not take text (a table types it); then `asWritten` keeps every row as written, and so it does when a
 * key is sent both as text and as a file (the example shows the text).
 */
export function formExample(
  schema: SchemaObject,
  values: Record<string, string | string[]>,
  variables: Record<string, string> = {},
  files: Record<string, string[]> = {},
): FormExample {
  const properties = schema.properties ?? {};
  const example = record<JsonValue>();
  const written = record<JsonValue>();
  let resolved = false;
  for (const key of Object.keys(values)) {
    const value = values[key] as string | string[];
    const field = textBranch(properties[key]);
    if (Array.isArray(value)) {
      if (field && typeList(field).includes('array')) {
        const items: (JsonValue | undefined)[] = [];
        let read = false;
        for (const v of value) {
          const direct = typedFormValue(field.items, v);
          if (direct === undefined) read = true;
          items.push(direct !== undefined ? direct : variableValue(field.items, v, variables));
        }
        if (items.every((v) => v !== undefined)) {
          example[key] = items as JsonValue[];
          written[key] = value;
          resolved ||= read;
        }
      } else if (!field) {
        example[key] = value;
        written[key] = value;
      }
      continue;
    }
    const direct = typedFormValue(field, value);
    const typed = direct !== undefined ? direct : variableValue(field, value, variables);
    if (typed === undefined) continue;
    if (direct === undefined) resolved = true;
    example[key] = typed;
    written[key] = value;
  }
  const textAndFile: string[] = [];
  for (const key of Object.keys(files)) {
    const sources = files[key] as string[];
    if (Object.hasOwn(values, key)) {
      // Sent both as text and as a file: the example shows the text, the rows as written keep the files too.
      const text = values[key] as string | string[];
      written[key] = [...(Array.isArray(text) ? text : [text]), ...sources];
      textAndFile.push(key);
      continue;
    }
    if (Object.hasOwn(example, key)) continue;
    const typed = fileValue(properties[key], sources, variables);
    if (typed === undefined) continue;
    example[key] = typed;
    written[key] = Array.isArray(typed) ? sources : (sources[0] as string);
  }
  if (!resolved && textAndFile.length === 0) return { value: example };
  const out: FormExample = { value: example, asWritten: written };
  if (resolved) out.resolved = true;
  if (textAndFile.length > 0) out.textAndFile = textAndFile;
  return out;
}
