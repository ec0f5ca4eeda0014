import type { FormParam, QueryParam, RequestBody } from 'postman-collection';
import { descriptionText } from './description.js';
import { parseJsonText } from '../input/json.js';
import { VALUE_DEPTH } from '../input/depth.js';
import { graphqlBody } from './graphql-body.js';
import { inferSchema } from '../schema/schema-infer.js';
import { tooDeepSchema } from '../schema/depth-fit.js';
import type { ExampleObject, JsonValue, SchemaObject } from '../types.js';
import type { ConvertedBody } from './converted-body.js';
import { keyText } from '../input/key-text.js';
import { record } from '../input/record.js';
import { rowText } from '../input/row-text.js';
import { jsonKind } from '../input/json-kind.js';

const RAW_TYPES: Record<string, string> = {
  json: 'application/json',
  xml: 'application/xml',
  html: 'text/html',
  javascript: 'application/javascript',
  text: 'text/plain',
};

/** A record of one named example. */
function oneExample(key: string, example: ExampleObject): Record<string, ExampleObject> {
  const examples = record<ExampleObject>();
  examples[key] = example;
  return examples;
}

function fieldSchema(param: FormParam | QueryParam): SchemaObject {
  const file = (param as FormParam).type === 'file';
  const schema: SchemaObject = file ? { type: 'string', format: 'binary' } : { type: 'string' };
  const value = rowText((param as { value?: unknown }).value);
  if (!file && typeof value === 'string' && value !== '' && !value.includes('{{')) schema.example = value;
  const text = descriptionText((param as { description?: unknown }).description);
  if (text) schema.description = text;
  if (param.disabled) schema.description = `${text ? `${text} ` : ''}(Disabled in the collection.)`;
  return schema;
}

/** The rows of each key that has both file rows and text rows, split into the two kinds. */
function mixedRows(params: (FormParam | QueryParam)[], files: Set<string>, texts: Set<string>): Map<string, { files: FormParam[]; texts: (FormParam | QueryParam)[] }> {
  const out = new Map<string, { files: FormParam[]; texts: (FormParam | QueryParam)[] }>();
  if (files.size === 0) return out;
  for (const p of params) {
    const key = keyText(p.key);
    if (!files.has(key) || !texts.has(key)) continue;
    let rows = out.get(key);
    if (!rows) out.set(key, (rows = { files: [], texts: [] }));
    if ((p as FormParam).type === 'file') rows.files.push(p as FormParam);
    else rows.texts.push(p);
  }
  return out;
}

/**
 * The field of a key written both as file rows and as text rows: a file or the text, each
 * typed as its rows alone type it (so the example keeps the text the collection sends).
 */
function fileOrText(key: string, rows: { files: FormParam[]; texts: (FormParam | QueryParam)[] }, times: number): SchemaObject {
  const file = formSchema(rows.files).properties?.[key] as SchemaObject;
  const text = formSchema(rows.texts).properties?.[key] as SchemaObject;
  return { anyOf: [file, text], description: `The collection writes this field ${times} times, as a file and as text: it takes a file or text.` };
}

/** What the rows of one form key send and hold: its rows, its enabled rows, the files they send, the disabled rows' values. */
interface KeyRows {
  times: number;
  sent: number;
  files: number;
  firstSent?: FormParam | QueryParam;
  disabled: string[];
}

/** A row's value as the description of its key names it: a file row's `src` (each file of a list), else its text. */
function rowValues(p: FormParam | QueryParam): string[] {
  if ((p as FormParam).type === 'file') return fileSources((p as { src?: unknown }).src);
  const value = rowText((p as { value?: unknown }).value);
  return [typeof value === 'string' ? value : ''];
}

/** Each key's rows, counted once over the form (see KeyRows). */
function keyRows(params: (FormParam | QueryParam)[]): Map<string, KeyRows> {
  const out = new Map<string, KeyRows>();
  for (const p of params) {
    const key = keyText(p.key);
    if (!key) continue;
    let rows = out.get(key);
    if (!rows) out.set(key, (rows = { times: 0, sent: 0, files: 0, disabled: [] }));
    rows.times++;
    if (p.disabled) {
      for (const v of rowValues(p)) rows.disabled.push(v);
      continue;
    }
    rows.sent++;
    rows.firstSent ??= p;
    if ((p as FormParam).type === 'file') rows.files += fileSources((p as { src?: unknown }).src).length;
  }
  return out;
}

/** The note on a key some of whose rows are disabled and some not: the disabled rows' values, as JSON. */
const disabledNote = (rows: KeyRows): string => `disabled rows (not sent) hold alternative values: ${JSON.stringify(rows.disabled)}.`;

const withNote = (text: string | undefined, note: string): string => (text ? `${text} ${note}` : note);

/**
 * Form rows -> object schema. A `[]` key (`ids[]`) becomes an array, and so does a plain key
 * on several enabled rows (Postman sends every value: `tag=red&tag=blue`), or whose file rows
 * send several files (several rows, or a `src` list: an array of files); the enabled rows
 * describe a key, and the values of its disabled rows (not sent) are named in its description
 * as alternatives; a key whose rows are all disabled says so. A key written both as a file and
 * as text takes either (see fileOrText).
 */
export function formSchema(params: (FormParam | QueryParam)[]): SchemaObject {
  const properties = record<SchemaObject>();
  const byKey = keyRows(params);
  const files = new Set<string>();
  const texts = new Set<string>();
  for (const p of params) {
    const key = keyText(p.key);
    if (key) ((p as FormParam).type === 'file' ? files : texts).add(key);
  }
  const mixed = mixedRows(params, files, texts);
  for (const p of params) {
    const key = keyText(p.key);
    if (!key || properties[key]) continue;
    const rows = byKey.get(key) as KeyRows;
    const both = mixed.get(key);
    if (both) {
      properties[key] = fileOrText(key, both, rows.times);
      continue;
    }
    const first = rows.firstSent ?? p;
    const item = fieldSchema(first);
    const someDisabled = rows.sent > 0 && rows.disabled.length > 0;
    const text = descriptionText((first as { description?: unknown }).description);
    if (!key.endsWith('[]') && rows.sent > 1 && (first as FormParam).type !== 'file') {
      const note = `The collection sends this field ${rows.sent} times (every value is sent: an array).`;
      const described = withNote(text, note);
      properties[key] = { type: 'array', items: { type: 'string' }, description: someDisabled ? `${described} ${upper(disabledNote(rows))}` : described };
      continue;
    }
    if (!key.endsWith('[]') && rows.files > 1) {
      const note = `The collection sends ${rows.files} files in this field (every file is sent: an array).`;
      const described = withNote(text, note);
      properties[key] = { type: 'array', items: { type: 'string', format: 'binary' }, description: someDisabled ? `${described} ${upper(disabledNote(rows))}` : described };
      continue;
    }
    if (key.endsWith('[]') ? rows.disabled.length > 0 : rows.sent === 0 && (rows.times > 1 || (first as FormParam).type === 'file'))
      item.description = withNote(
        item.description,
        `The collection writes this field ${rows.times === 1 ? 'once' : `${rows.times} times`}; disabled rows (not sent) hold: ${JSON.stringify(rows.disabled)}.`,
      );
    else if (!key.endsWith('[]') && someDisabled) item.description = withNote(item.description, `The collection writes this field ${rows.times} times; ${disabledNote(rows)}`);
    else if (!key.endsWith('[]') && rows.times > 1) item.description = withNote(item.description, `The collection sends this field ${rows.times} times (alternative values).`);
    if (key.endsWith('[]')) {
      const { description, ...rest } = item;
      delete rest.example;
      properties[key] = { type: 'array', items: rest, ...(description ? { description } : {}) };
    } else properties[key] = item;
  }
  return { type: 'object', properties };
}

const upper = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * The values a form body sends: every enabled, non-file row with a key, as written (a
 * `[]` key collects its values in an array, and so does a plain key sent several times, as Postman sends them all).
 */
function formValues(params: (FormParam | QueryParam)[]): Record<string, string | string[]> {
  const values = record<string | string[]>();
  for (const p of params) {
    const key = keyText(p.key);
    if (!key || p.disabled || (p as FormParam).type === 'file') continue;
    const raw = rowText((p as { value?: unknown }).value);
    const value = typeof raw === 'string' ? raw : '';
    const had = values[key];
    if (Array.isArray(had)) had.push(value);
    else if (key.endsWith('[]')) values[key] = [value];
    else values[key] = had === undefined ? value : [had, value];
  }
  return values;
}

/** Whether Postman sends no row of a form: every row is disabled or has no key. */
const sendsNoRow = (params: (FormParam | QueryParam)[]): boolean => params.every((p) => p.disabled || !keyText(p.key));

/** The files a file row sends, as its `src` writes them (a path, or a list of paths); `''` when it names none. */
function fileSources(src: unknown): string[] {
  if (typeof src === 'string') return [src];
  const texts = Array.isArray(src) ? src.filter((s): s is string => typeof s === 'string') : [];
  return texts.length > 0 ? texts : [''];
}

/** A converted form body: its schema, the values its text rows send, the files its file rows send, whether it sends nothing. */
function formBody(mediaType: string, rows: (FormParam | QueryParam)[]): ConvertedBody {
  const out: ConvertedBody = { mediaType, media: { schema: formSchema(rows) }, form: true, formValues: formValues(rows) };
  const files = record<string[]>();
  let anyFile = false;
  for (const p of rows) {
    const key = keyText(p.key);
    if (p.disabled || (p as FormParam).type !== 'file' || !key) continue;
    const sources = fileSources((p as { src?: unknown }).src);
    const had = files[key];
    if (had) for (const s of sources) had.push(s);
    else files[key] = sources;
    anyFile = true;
  }
  if (anyFile) out.formFiles = files;
  if (sendsNoRow(rows)) out.sendsNothing = true;
  return out;
}

/**
 * Converts a Postman body: formdata -> multipart/form-data, urlencoded ->
 * application/x-www-form-urlencoded, raw JSON -> application/json with an inferred
 * schema and the example, GraphQL -> application/json `{ query, variables }`, other raw ->
 * a string, file -> binary. `contentType` (the request's Content-Type header) wins for raw
 * bodies. JSON with comments, trailing commas or bare `{{variables}}` is read as Postman
 * sends it (see parseJsonText) and kept as written in the example's `x-postman-raw`;
 * JSON that does not parse even so is kept as a text example (`invalidJson`); JSON that
 * reading changes (a repeated key, `1e400`, `9007199254740993`) keeps its text in `x-postman-raw` too (`jsonLoss` says what changed), and JSON
 * nested deeper than VALUE_DEPTH gets an open schema and only its text (`tooDeep`).
 */
export function convertBody(
  body: RequestBody | undefined,
  contentType: string | undefined,
  variables: Record<string, string> = {},
  exampleKey = 'request',
): ConvertedBody | undefined {
  if (!body || body.isEmpty()) return undefined;
  const header = contentType?.split(';')[0]?.trim().toLowerCase();
  switch (body.mode) {
    case 'formdata':
      return formBody('multipart/form-data', body.formdata?.all() ?? []);
    case 'urlencoded':
      return formBody('application/x-www-form-urlencoded', body.urlencoded?.all() ?? []);
    case 'file':
      return { mediaType: header ?? 'application/octet-stream', media: { schema: { type: 'string', format: 'binary' } }, form: false };
    case 'graphql':
      return graphqlBody((body as { graphql?: unknown }).graphql, variables, exampleKey);
    case 'raw': {
      const raw: unknown = body.raw;
      if (raw !== null && raw !== undefined && typeof raw !== 'string') {
        // Not text: kept as the JSON it is (`rawNotText` reports it).
        const value = raw as JsonValue;
        const type = header && !header.includes('{{') ? header : 'application/json';
        return { mediaType: type, media: { schema: inferSchema(value), example: value }, form: false, rawNotText: jsonKind(value) };
      }
      if (typeof raw !== 'string') return undefined;
      const language: unknown = body.options?.raw?.language;
      const known = typeof language === 'string' && Object.hasOwn(RAW_TYPES, language) ? RAW_TYPES[language] : undefined;
      const sniffed = header && !header.includes('{{') ? undefined : known ? undefined : parseJsonText(raw, variables);
      const mediaType = header && !header.includes('{{') ? header : (known ?? (sniffed !== undefined ? 'application/json' : 'text/plain'));
      if (!/json/.test(mediaType)) return { mediaType, media: { schema: { type: 'string' }, example: raw }, form: false };
      const parsed = sniffed ?? parseJsonText(raw, variables);
      if (parsed === undefined) return { mediaType, media: { schema: { type: 'string' }, example: raw }, form: false, invalidJson: true };
      if (parsed.tooDeep) {
        const example = {
          description: `JSON nested deeper than ${VALUE_DEPTH} levels: not walked, the schema is left open; \`x-postman-raw\` holds it as written.`,
          'x-postman-raw': raw,
        };
        return { mediaType, media: { schema: tooDeepSchema(VALUE_DEPTH), examples: oneExample(exampleKey, example) }, form: false, tooDeep: true };
      }
      if (parsed.strict) return { mediaType, media: { schema: inferSchema(parsed.value), example: parsed.value }, form: false };
      const example = {
        description: parsed.lossy
          ? `The body as JSON reads it (${parsed.loss}); \`x-postman-raw\` holds it as written.`
          : `The body as Postman sends it: comments and trailing commas dropped, a bare variable read as its JSON value or as a string${parsed.samples ? ' (a numeric or boolean dynamic variable such as `{{$randomInt}}` as a sample of its value)' : ''}${parsed.loss ? `, then read as JSON (${parsed.loss})` : ''}; \`x-postman-raw\` holds it as written.`,
        value: parsed.value,
        'x-postman-raw': raw,
      };
      const out: ConvertedBody = { mediaType, media: { schema: inferSchema(parsed.value), examples: oneExample(exampleKey, example) }, form: false, lenient: !parsed.lossy };
      if (parsed.loss)
        out.jsonLoss = { at: '', message: `raw JSON body reads otherwise than written (${parsed.loss}); the example holds it as JSON reads it, \`x-postman-raw\` as written` };
      return out;
    }
    default:
      return undefined;
  }
}
