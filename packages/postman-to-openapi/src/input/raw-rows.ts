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

function row(value: JsonValue): RawRow | undefined {
  if (typeof value === 'string') {
    const i = value.indexOf(':');
    return i < 0 ? { key: value, value: '' } : { key: value.slice(0, i), value: value.slice(i + 1).trim() };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const r: RawRow = { key: value.key, value: value.value };
  if (value.disabled === true) r.disabled = true;
  if (value.description !== undefined) r.description = value.description;
  if (value.type !== undefined) r.type = value.type;
  if (value.src !== undefined) r.src = value.src;
  return r;
}

/**
 * Rows of a list the way Postman's library reads them: an array of `{key, value, disabled,
 * description}` objects (or `Key: value` strings), or, for headers, one text block.
 * Anything else gives no rows.
 */
export function rawRows(value: JsonValue | undefined, text = false): RawRow[] {
  if (typeof value === 'string') return text ? parseHeaderText(value) : [];
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => row(v) ?? []);
}

/** The `{ get(name) }` lookup of response headers (case-insensitive, first enabled match). */
export function headerLookup(rows: RawRow[]): { get(name: string): unknown } {
  return {
    get: (name) => rows.find((r) => !r.disabled && typeof r.key === 'string' && r.key.toLowerCase() === name.toLowerCase())?.value,
  };
}

/** Whether a value is a plain JSON object. */
export const isObject = (v: JsonValue | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
