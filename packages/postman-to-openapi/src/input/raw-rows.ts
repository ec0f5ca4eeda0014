import type { JsonObject, JsonValue } from '../types.js';

/** One key/value row as Postman's library exposes it (header, form field, query or auth parameter). */
export interface RawRow {
  key: unknown;
  value: unknown;
  disabled?: boolean;
  description?: unknown;
  type?: unknown;
  src?: unknown;
}

/** A header block written as text (`Key: value` per line, as v2.0 collections may), read like Postman's `Header.parse`. */
function parseHeaderText(text: string): RawRow[] {
  const out: RawRow[] = [];
  for (const m of text.replace(/\r\n([ \t])/g, '$1').matchAll(/^(\S+):(.*)$/gm)) out.push({ key: m[1], value: (m[2] ?? '').trim() });
  return out;
}

/**
 * A row written as text, as the library reads it: a header as `Key: value` (`Header.parse`), a urlencoded row as a
 * query string (`QueryParam.parseSingle`: the key up to the first `=`, no value without one), a formdata row as a
 * row with no key and no value (`FormParam` reads only an object).
 */
function textRow(value: string, form: FormMode | undefined): RawRow {
  if (form === 'formdata') return { key: '', value: '' };
  if (form === 'urlencoded') {
    const i = value.indexOf('=');
    return i < 0 ? { key: value, value: null } : { key: value.slice(0, i), value: value.slice(i + 1) };
  }
  const i = value.indexOf(':');
  return i < 0 ? { key: value, value: '' } : { key: value.slice(0, i), value: value.slice(i + 1).trim() };
}

/** The kind of form a list of body rows belongs to. */
type FormMode = 'formdata' | 'urlencoded';

function row(value: JsonValue, form: FormMode | undefined): RawRow | undefined {
  if (typeof value === 'string') return textRow(value, form);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const r: RawRow = { key: value.key, value: value.value };
  if (value.disabled === true) r.disabled = true;
  if (value.description !== undefined) r.description = value.description;
  // A urlencoded row is text (the library's `QueryParam` has no type and no file): a `type: "file"` row sends its value.
  if (form === 'urlencoded') return r;
  if (value.type !== undefined) r.type = value.type;
  if (value.src !== undefined) r.src = value.src;
  return r;
}

/**
 * Rows of a list the way Postman's library reads them: an array of `{key, value, disabled,
 * description}` objects (or strings, read as the library reads them: see textRow; `form` names the
 * body rows' kind), or, for headers, one text block. Anything else gives no rows.
 */
export function rawRows(value: JsonValue | undefined, text = false, form?: FormMode): RawRow[] {
  if (typeof value === 'string') return text ? parseHeaderText(value) : [];
  if (!Array.isArray(value)) return [];
  // A loop, not flatMap: rows are read for every request, and flatMap costs ten times as much.
  const out: RawRow[] = [];
  for (let i = 0; i < value.length; i++) {
    const r = row(value[i] as JsonValue, form);
    if (r) out.push(r);
  }
  return out;
}

/**
 * The value of the first enabled header named `name` (in any letter case) of a header list as {@link rawRows}
 * reads it (`text` on), found without building the rows: a saved response has many headers and only its
 * Content-Type is read, when it has a body.
 */
function headerIn(value: JsonValue | undefined, name: string): unknown {
  const lower = name.toLowerCase();
  if (!Array.isArray(value)) {
    if (typeof value !== 'string') return undefined;
    const rows = parseHeaderText(value);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as RawRow;
      if (typeof r.key === 'string' && r.key.toLowerCase() === lower) return r.value;
    }
    return undefined;
  }
  for (let i = 0; i < value.length; i++) {
    const v = value[i];
    if (typeof v === 'string') {
      const at = v.indexOf(':');
      if ((at < 0 ? v : v.slice(0, at)).toLowerCase() === lower) return at < 0 ? '' : v.slice(at + 1).trim();
      continue;
    }
    if (!v || typeof v !== 'object' || Array.isArray(v) || v.disabled === true) continue;
    const key = v.key;
    if (typeof key === 'string' && key.toLowerCase() === lower) return v.value;
  }
  return undefined;
}

/** The `{ get(name) }` lookup of response headers (case-insensitive, first enabled match) over a header list as {@link rawRows} reads it. */
export function headerLookup(value: JsonValue | undefined): { get(name: string): unknown } {
  return { get: (name) => headerIn(value, name) };
}

/** Whether a value is a plain JSON object. */
export const isObject = (v: JsonValue | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
