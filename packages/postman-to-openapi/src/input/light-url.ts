import { createRequire } from 'node:module';
import type { Url } from 'postman-collection';
import type { JsonObject, JsonValue } from '../types.js';
import { forLibrary } from './for-library.js';
import { isObject, type RawRow } from './raw-rows.js';
import { parseUrlText, queryText } from './url-text.js';

type Library = typeof import('postman-collection');
const load = createRequire(import.meta.url);
let library: Library | undefined;

/**
 * Postman's library, loaded the first time an unusual URL object needs it: most collections never
 * do, and a process that does not load it keeps a heap several megabytes smaller (less for every
 * garbage collection to mark and sweep).
 */
function postmanLibrary(): Library {
  library ??= load('postman-collection') as Library;
  return library;
}

/** The variable types the library's `Variable` knows (`Variable.types` of postman-collection 5.3.1). */
const VARIABLE_TYPES = new Set(['string', 'boolean', 'number', 'array', 'object', 'any']);
const TRIM_PATH = /^\/((.+))$/;

/**
 * A host split at its dots, as the library splits it (`/\.(?![^{]*\}{2})/g`: not at a dot with a `}}`
 * ahead of it before the next `{`, a dot inside `{{a.b}}`). One pass from the end: the pattern reads
 * ahead to the next `{` again from every dot, quadratic time.
 */
function splitDomain(host: string): string[] {
  const parts: string[] = [];
  let end = host.length;
  let closeAhead = false;
  for (let i = host.length - 1; i >= 0; i--) {
    const c = host.charCodeAt(i);
    if (c === 123) closeAhead = false;
    else if (c === 125 && host.charCodeAt(i + 1) === 125) closeAhead = true;
    else if (c === 46 && !closeAhead) {
      parts.push(host.slice(i + 1, end));
      end = i;
    }
  }
  parts.push(host.slice(0, end));
  return parts.reverse();
}

/** A value the library keeps as it is (no `info` object standing in for it). */
const plain = (v: JsonValue | undefined): v is JsonObject => isObject(v) && !v.info;

/** Text of a description as the library's `Description` gives it to `descriptionText` (query rows). */
function rowDescription(d: unknown): string {
  if (typeof d === 'string') return d;
  if (!d) return '';
  return typeof d === 'object' ? String((d as { content?: unknown }).content ?? '') : String(d);
}

/** Text of a variable's description (the library's `Variable` describes it once more: falsy values count). */
function variableDescription(d: unknown): string {
  return String((d !== null && typeof d === 'object' ? (d as { content?: unknown }).content : d) ?? '');
}

/** Whether the library reads this variable without surprises: a known type, a scalar value. */
function simpleVariable(v: JsonValue): boolean {
  if (!isObject(v)) return true;
  if (v.info) return false;
  if (v.type !== undefined && !(typeof v.type === 'string' && VARIABLE_TYPES.has(v.type.toLowerCase()))) return false;
  return v.value === undefined || v.value === null || typeof v.value !== 'object';
}

function queryRow(q: JsonValue): RawRow | undefined {
  if (typeof q === 'string') {
    const i = q.indexOf('=');
    return i < 0 ? { key: q, value: null } : { key: q.slice(0, i), value: q.slice(i + 1) };
  }
  if (!isObject(q)) return undefined; // the library keeps it with no key: no parameter either way
  const row: RawRow = { key: q.key, value: q.value };
  if (Object.hasOwn(q, 'disabled')) row.disabled = Boolean(q.disabled);
  if (Object.hasOwn(q, 'description')) row.description = rowDescription(q.description);
  return row;
}

/** What the library's `Url` exposes to the converter, built from an object the library would keep as it is. */
function fromObject(url: JsonObject): Url {
  const query = typeof url.query === 'string' ? (queryText(url.query) as unknown as JsonValue[]) : url.query;
  const rows: RawRow[] = [];
  if (Array.isArray(query)) {
    for (let i = 0; i < query.length; i++) {
      const q = queryRow(query[i] as JsonValue);
      if (q) rows.push(q);
    }
  }
  let described: Map<string, { description: string }> | undefined; // made at the first variable: most URLs have none
  const variables = Array.isArray(url.variable) ? url.variable : [];
  for (let i = 0; i < variables.length; i++) {
    const v = variables[i];
    if (!isObject(v)) continue;
    const key = v.key || v.id;
    if (key && String(key)) (described ??= new Map()).set(String(key), { description: Object.hasOwn(v, 'description') ? variableDescription(v.description) : '' });
  }
  let path = url.path;
  if (typeof path === 'string') {
    path = path.replace(TRIM_PATH, '$1'); // '' stays ''
    path = path ? (path === '/' ? [''] : path.split('/')) : undefined;
  }
  return {
    protocol: url.protocol,
    port: url.port,
    host: typeof url.host === 'string' ? splitDomain(url.host) : url.host,
    path,
    query: { all: () => rows },
    variables: { one: (name: string) => described?.get(name) },
  } as unknown as Url;
}

/** Whether {@link fromObject} reads this URL object exactly as the library's `Url` would. */
function simple(url: JsonObject): boolean {
  if (url.info) return false;
  if (url.query && typeof url.query !== 'string' && !(Array.isArray(url.query) && url.query.every((q) => !isObject(q) || plain(q)))) return false;
  if (url.variable && !(Array.isArray(url.variable) && url.variable.every(simpleVariable))) return false;
  return true;
}

/**
 * A Postman URL (object or text) read as Postman's library reads it (`Url`: host, path,
 * protocol, port, query rows, path variable descriptions), without building the library's
 * objects: text is split as the library's `Url.parse` splits it (see {@link parseUrlText}), then both take
 * the same steps as its `Url.update`. An object the library would treat in an unusual way (an `info` member, a
 * query given as an object, variables of an unknown type or with object values) is handed to
 * the library itself.
 */
export function lightUrl(value: JsonValue | undefined): Url {
  if (isObject(value)) return simple(value) ? fromObject(value) : new (postmanLibrary().Url)(forLibrary(value) as never);
  return fromObject(parseUrlText(typeof value === 'string' ? value : '') as unknown as JsonObject);
}
