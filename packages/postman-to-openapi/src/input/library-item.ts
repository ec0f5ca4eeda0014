import type { Request, RequestBody, Response } from 'postman-collection';
import type { JsonObject, JsonValue } from '../types.js';
import { lightUrl } from './light-url.js';
import { headerLookup, isObject, type RawRow, rawRows } from './raw-rows.js';

/** The request a saved example was made with, as far as its body goes. */
export interface OriginalRequest {
  /** Index of the saved example in the item's `response` array. */
  index: number;
  /** The saved example's name. */
  name: string;
  body: RequestBody | undefined;
  headers: { all(): RawRow[] };
}

/** What {@link libraryItem} builds. */
interface LibraryItem {
  request: Request;
  responses: Response[];
  /** The saved examples' original requests that have a body. */
  originals: OriginalRequest[];
}

// Built once per item object and conversion: the collection context and the request conversion both read it.
let built = new WeakMap<JsonObject, LibraryItem>();

/** Forgets every built item (a conversion starts from what the items say now). */
export function forgetLibraryItems(): void {
  built = new WeakMap();
}

const list = (rows: RawRow[]) => ({ all: () => rows });

const MODES = new Set(['raw', 'urlencoded', 'formdata', 'file', 'graphql']);

/** The body mode the library reads: a known mode in any letter case, else raw. */
export const bodyMode = (mode: string): string => (MODES.has(mode.toLowerCase()) ? mode.toLowerCase() : 'raw');

/**
 * A body's `mode` as the library reads it: text as written, any other value that is not empty
 * (`5`, `true`, an object, a list) as its text (a list's items joined by commas), nothing for an
 * empty one (`false`, `0`, `null`, missing: no body).
 */
export function modeText(mode: JsonValue | undefined): string | undefined {
  // An empty mode, like any other falsy one, means no body: the library returns before reading the body.
  if (typeof mode === 'string') return mode || undefined;
  return mode ? valueText(mode) : undefined;
}

const valueText = (value: JsonValue): string =>
  Array.isArray(value) ? value.map((v) => (v === null ? '' : valueText(v))).join(',') : isObject(value) ? '[object Object]' : String(value);

function body(given: JsonValue | undefined): unknown {
  // The library reads a body given as a string as a raw body.
  const raw = typeof given === 'string' ? { mode: 'raw', raw: given } : given;
  const named = isObject(raw) ? modeText(raw.mode) : undefined;
  if (!isObject(raw) || named === undefined || raw.disabled === true) return undefined;
  // A mode in another letter case is that mode; an unknown one is raw, as the library reads them.
  const mode = bodyMode(named);
  const data = raw[mode];
  const rows = mode === 'formdata' || mode === 'urlencoded' ? rawRows(data, false, mode) : undefined;
  const isEmpty = (): boolean => {
    // A raw `false` or `0` is content (kept as that JSON, like `true` or `5`).
    if (data === undefined || data === null || data === '' || (mode !== 'raw' && (data === false || data === 0))) return true;
    if (mode === 'file') return !(isObject(data) && (data.src || data.content));
    if (rows) return rows.length === 0;
    if (typeof data === 'string') return data.length === 0;
    return typeof data === 'object' && Object.keys(data).length === 0;
  };
  return {
    mode,
    raw: raw.raw,
    options: raw.options,
    graphql: raw.graphql,
    file: raw.file,
    formdata: list(mode === 'formdata' ? (rows ?? []) : []),
    urlencoded: list(mode === 'urlencoded' ? (rows ?? []) : []),
    isEmpty,
  };
}

/**
 * The parts of a Postman item the converter reads, in the shape Postman's library gives
 * them: the URL as the library's `Url` reads it (see {@link lightUrl}); the method, headers, body and saved
 * responses (code, status, name, body, headers) are read straight from the JSON as the library reads
 * them (v2.0 header text included), which costs a fraction of building the library's
 * `Request` and `Response` objects. A body given as a string is a raw body, as the library reads it. Of a saved
 * example's `originalRequest` only the body and headers are read; scripts are not read at all.
 * Built once per item object.
 */
export function libraryItem(raw: JsonObject): LibraryItem {
  const cached = built.get(raw);
  if (cached) return cached;
  const request = typeof raw.request === 'string' ? { url: raw.request } : isObject(raw.request) ? raw.request : {};
  const url = request.url;
  const method = request.method === undefined || request.method === null ? 'GET' : String(request.method).toUpperCase();
  const headers = rawRows(request.header, true);
  const light = {
    url: lightUrl(url),
    method,
    headers: list(headers),
    body: body(request.body),
  } as unknown as Request;
  const saved = Array.isArray(raw.response) ? raw.response : [];
  const responses: Response[] = [];
  for (let index = 0; index < saved.length; index++) {
    const r = saved[index];
    if (isObject(r)) responses.push({ code: r.code, status: r.status, name: r.name, body: r.body, headers: headerLookup(r.header) } as unknown as Response);
  }
  const originals: OriginalRequest[] = [];
  for (let index = 0; index < saved.length; index++) {
    const r = saved[index];
    if (!isObject(r) || !isObject(r.originalRequest)) continue;
    const original = r.originalRequest;
    const given = body(original.body) as RequestBody | undefined;
    if (given) originals.push({ index, name: typeof r.name === 'string' ? r.name : '', body: given, headers: list(rawRows(original.header, true)) });
  }
  const out = { request: light, responses, originals };
  built.set(raw, out);
  return out;
}
