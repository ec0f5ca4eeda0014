import type { ConvertedBody } from './converted-body.js';
import { applyRowToParameter, applyRowToSchema, matchRows, type MatchTarget } from './param-match.js';
import type { TableRow } from './param-table.js';
import type { ConversionWarning, JsonValue, ParameterObject, RequestEntry, SchemaObject } from '../types.js';
import { defaultFits, fitToSent, type SentValue } from './table-values.js';
import { textBranchAt, typedFormValue } from '../schema/form-example.js';
import { isObject } from '../input/raw-rows.js';
import { warningFor } from '../warnings.js';
import { record } from '../input/record.js';
import { combineRepeatedKeys } from './table-duplicates.js';

const AT = '/request/description';

/** A row on an array (a repeated key, a JSON array field) types its items: the row's type, allowed values and default describe each value. */
function rowOnSchema(schema: SchemaObject, row: TableRow): SchemaObject {
  if (schema.type !== 'array') return applyRowToSchema(schema, row);
  return { ...schema, items: applyRowToSchema(schema.items ?? {}, row) };
}

/** What the collection sends, one value each (an array's elements for an array). */
const eachSent = (schema: SchemaObject, value: JsonValue, text: boolean): SentValue[] =>
  schema.type === 'array' && Array.isArray(value) ? value.map((v) => ({ value: v, text })) : [{ value, text }];

/**
 * What the body sends, by top-level field: a form's enabled text rows (files as `''`), a JSON
 * object example's members; `undefined` when that is unknown (no body, not an object).
 */
function bodyValues(body: ConvertedBody | undefined): Record<string, JsonValue> | undefined {
  if (!body) return undefined;
  if (body.form) {
    const out = record<JsonValue>({ ...body.formValues });
    for (const key in body.formFiles) if (!Object.hasOwn(out, key)) out[key] = '';
    return out;
  }
  const media = body.media;
  const example = media.example !== undefined ? media.example : Object.values(media.examples ?? {})[0]?.value;
  return isObject(example) ? example : undefined;
}

/**
 * Applies description table rows to the request's parameters and body fields.
 * Every non-exact match is reported (`param-matched`); a row that matches nothing
 * is added as a body field (form bodies) or an optional query parameter and reported
 * (`param-added`). A table never contradicts what the collection sends: a value outside
 * the row's allowed values or type drops that constraint, a required field the body does
 * not send stays optional, each reported (`table-conflict`).
 */
export function applyTable(
  entry: RequestEntry,
  rows: TableRow[],
  params: ParameterObject[],
  body: ConvertedBody | undefined,
  variables: Record<string, string> = {},
  queryTemplates: Record<string, string> = {},
): { params: ParameterObject[]; warnings: ConversionWarning[] } {
  const warnings: ConversionWarning[] = [];
  const bodySchema = body?.media.schema;
  const fields = bodySchema?.type === 'object' ? (bodySchema.properties ??= record()) : undefined;
  // Most requests have no table: nothing to match (the body schema still gets its `properties`).
  if (rows.length === 0) return { params, warnings };
  for (const row of rows) {
    if (!row.textValues) continue;
    const message = `table "${row.table}" key "${row.key}" reads as an integer by its name or text, but allows ${(row.enum ?? []).map((e) => `\`${String(e)}\``).join(', ')}; typed string`;
    warnings.push(warningFor(entry, 'table-conflict', message, AT));
  }
  const targets: MatchTarget[] = [
    ...params.filter((p) => p.in !== 'header').map((p) => ({ kind: p.in as 'path' | 'query', name: p.name })),
    ...Object.keys(fields ?? {}).map((name) => ({ kind: 'body' as const, name })),
  ];
  // A key listed more often than there are targets of its name describes one of them (see combineRepeatedKeys).
  const named = new Map<string, number>();
  for (const t of targets) named.set(t.name, (named.get(t.name) ?? 0) + 1);
  const combined = combineRepeatedKeys(rows, (key) => Math.max(1, named.get(key) ?? 0));
  for (const { first, later } of combined.repeats) {
    const message = `table "${later.table}" key "${later.key}" is listed again (first in table "${first.table}"); one parameter or field: the first row's type and required-ness are used, the later row's text, allowed values and default added where the first gives none`;
    warnings.push(warningFor(entry, 'table-conflict', message, AT));
  }
  let out = [...params];
  const sent = bodyValues(body);
  const setRequired = (row: TableRow, name: string, schema: SchemaObject): void => {
    if (sent && !Object.hasOwn(sent, name)) {
      const message = `table "${row.table}" key "${row.key}" says required, but the request body does not send field "${name}"; left optional`;
      warnings.push(warningFor(entry, 'table-conflict', message, AT));
      return;
    }
    schema.required = [...new Set([...(schema.required ?? []), name])];
  };
  const fitRow = (row: TableRow, schema: SchemaObject, before: SchemaObject, values: SentValue[], where: string, what: string, asWritten = false): boolean => {
    const notes = fitToSent(schema, before, values, variables, asWritten);
    for (const note of notes) {
      const message = `table "${row.table}" key "${row.key}" ${note.replace('{where}', where).replace('{what}', what)}`;
      warnings.push(warningFor(entry, 'table-conflict', message, AT));
    }
    return notes.length > 0;
  };
  // A default the schema does not accept (`ten` for an integer, a value outside the allowed ones) is left out.
  const fitDefault = (row: TableRow, schema: SchemaObject, what: string): void => {
    const target = schema.type === 'array' && schema.items ? schema.items : schema;
    if (defaultFits(target)) return;
    const kind = target.enum
      ? `allows ${target.enum.map((e) => `\`${String(e)}\``).join(', ')}`
      : `says ${Array.isArray(target.type) ? target.type.join(' or ') : String(target.type)}`;
    const message = `table "${row.table}" key "${row.key}" ${kind}, but gives the default \`${String(target.default)}\` for ${what}; the default is left out`;
    warnings.push(warningFor(entry, 'table-conflict', message, AT));
    delete target.default;
  };
  // A repeated query key: the row types each value; the example is every value, typed when all of them fit.
  const arrayParameter = (row: TableRow, p: ParameterObject): ParameterObject => {
    const next: ParameterObject = { ...applyRowToParameter(p, row), schema: rowOnSchema(p.schema, row) };
    delete next.example;
    const sentText = Array.isArray(p.example) ? p.example.map(String) : [];
    const items = next.schema.items ?? {};
    const values = sentText.map((value) => ({ value, text: true }));
    fitRow(row, items, p.schema.items ?? {}, values, 'the request', `${p.in} parameter "${p.name}"`);
    fitDefault(row, items, `${p.in} parameter "${p.name}"`);
    if (p.example !== undefined) {
      const typed = sentText.map((text) => typedFormValue(items, text));
      next.example = typed.every((v) => v !== undefined) ? (typed as JsonValue[]) : p.example;
    }
    return next;
  };
  for (const { row, target, how } of matchRows(combined.rows, targets)) {
    if (!target) {
      if (fields && body?.form && bodySchema) {
        fields[row.key] = applyRowToSchema({ description: row.description }, row);
        fitDefault(row, fields[row.key] as SchemaObject, `field "${row.key}"`);
        if (row.required) setRequired(row, row.key, bodySchema);
        warnings.push(warningFor(entry, 'param-added', `table "${row.table}" key "${row.key}" matches no URL variable, query parameter or body field; added as a body field`, AT));
      } else {
        const added = applyRowToParameter({ name: row.key, in: 'query', required: false, schema: { type: 'string' } }, { ...row, required: false });
        fitDefault(row, added.schema, `query parameter "${row.key}"`);
        out.push(added);
        warnings.push(
          warningFor(entry, 'param-added', `table "${row.table}" key "${row.key}" matches no URL variable, query parameter or body field; added as a query parameter`, AT),
        );
      }
      continue;
    }
    if (how !== 'exact') {
      warnings.push(
        warningFor(
          entry,
          'param-matched',
          `table "${row.table}" key "${row.key}" matched ${target.kind} ${target.kind === 'body' ? 'field' : 'parameter'} "${target.name}" (${how})`,
          AT,
        ),
      );
    }
    if (target.kind === 'body' && fields && bodySchema) {
      const field = fields[target.name] ?? {};
      // A form key sent as a file and as text: the row types the text side (the file side stays a file).
      const at = body?.form === true ? textBranchAt(field) : -1;
      const current = at >= 0 ? (field.anyOf?.[at] ?? {}) : field;
      const typed = rowOnSchema(current, row);
      const next = at >= 0 ? { ...field, anyOf: (field.anyOf ?? []).map((b, i) => (i === at ? typed : b)) } : typed;
      next.description = row.description || field.description || '';
      if (!next.description) delete next.description;
      // The text side is checked against the text rows only (a file row sends no text).
      const value = at >= 0 ? body?.formValues?.[target.name] : sent && Object.hasOwn(sent, target.name) ? sent[target.name] : undefined;
      if (value !== undefined) {
        const values = eachSent(typed, value, body?.form === true);
        // A form example holds a `{{variable}}` as written.
        const form = body?.form === true;
        if (typed.type === 'array' && typed.items) fitRow(row, typed.items, current.items ?? {}, values, 'the request body', `field "${target.name}"`, form);
        else fitRow(row, typed, current, values, 'the request body', `field "${target.name}"`, form);
      }
      fitDefault(row, typed, `field "${target.name}"`);
      fields[target.name] = next;
      if (row.required) setRequired(row, target.name, bodySchema);
    } else {
      out = out.map((p) => {
        if (p.in !== target.kind || p.name !== target.name) return p;
        if (p.schema.type === 'array') return arrayParameter(row, p);
        const next = applyRowToParameter(p, row);
        // A query value that is one `{{variable}}` has no example; it is checked as its collection value.
        const text = typeof p.example === 'string' ? p.example : p.in === 'query' && Object.hasOwn(queryTemplates, p.name) ? queryTemplates[p.name] : undefined;
        const values: SentValue[] = text !== undefined ? [{ value: text, text: true }] : [];
        const conflict = fitRow(row, next.schema, p.schema, values, 'the request', `${p.in} parameter "${p.name}"`);
        fitDefault(row, next.schema, `${p.in} parameter "${p.name}"`);
        // A text example the row types otherwise (`true` for a boolean, `2.5` for a number) is typed as the schema says.
        if (typeof p.example === 'string' && (conflict || next.example === undefined || typeof next.example === 'string')) {
          const typed = typedFormValue(next.schema, p.example);
          next.example = typed !== undefined ? typed : p.example;
        }
        return next;
      });
    }
  }
  return { params: out, warnings };
}
