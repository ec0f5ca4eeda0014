import { bodyMode, modeText } from '../input/library-item.js';
import { isObject } from '../input/raw-rows.js';
import { jsonKind } from '../input/json-kind.js';
import { quote } from '../input/quote.js';
import { rowText } from '../input/row-text.js';
import type { JsonObject, JsonValue } from '../types.js';

/**
 * What a request's body, as the collection gives it, has that is not read or read otherwise than
 * written: a body that is neither an object nor text, a mode Postman does not know (read as raw),
 * form rows given as something other than a list, form rows that are not objects or whose key is not text, and file
 * rows whose `src` is not text, content beside no mode or a mode that means no body (`""`, `null`, `false`, `0`), content
 * of a disabled body, content of other modes beside the one sent. Each with the pointer below
 * `/request/body`.
 */
export function bodyShapeNotes(given: JsonValue | undefined): { at: string; message: string }[] {
  if (given === undefined || given === null || typeof given === 'string') return [];
  if (!isObject(given)) return [{ at: '', message: `body is ${jsonKind(given)}, not an object; not read: the request has no body` }];
  if (given.disabled === true) return unsentContent(given, 'body is disabled');
  if (given.mode === undefined) return unsentContent(given, 'body has no mode');
  if (!given.mode) return unsentContent(given, `body mode is ${given.mode === '' ? 'empty text' : jsonKind(given.mode)}`);
  const text = modeText(given.mode);
  if (text === undefined) return [];
  const mode = bodyMode(text);
  if (typeof given.mode !== 'string') return [{ at: '/mode', message: `body mode is ${jsonKind(given.mode)}, not text; read as a ${mode} body, as the Postman library reads it` }];
  if (mode === 'raw' && given.mode.toLowerCase() !== 'raw')
    return [{ at: '/mode', message: `body mode ${quote(given.mode, 40)} is not a Postman body mode; read as a raw body, as the Postman library reads it` }];
  const rows = given[mode];
  const others = unsentContent(given, `body mode is ${mode}`, mode);
  if ((mode === 'urlencoded' || mode === 'formdata') && rows !== undefined && rows !== null && !Array.isArray(rows))
    return [{ at: `/${mode}`, message: `${mode} body is ${jsonKind(rows)}, not a list of rows; not read: the request has no body` }, ...others];
  if (!Array.isArray(rows) || (mode !== 'urlencoded' && mode !== 'formdata')) return others;
  return [...rowNotes(mode, rows), ...(mode === 'urlencoded' ? fileRows(rows) : []), ...others];
}

/**
 * Form rows that are not read as written: a row that is not an object (text is read as the library reads it, see
 * textRow in raw-rows), a row whose key is not text (nor a
 * number), a file row whose `src` is not text (or a list of text: each item that is not text, at its own pointer).
 */
function rowNotes(mode: string, rows: JsonValue[]): { at: string; message: string }[] {
  const notes: { at: string; message: string }[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (typeof row === 'string') {
      notes.push({ at: `/${mode}/${i}`, message: `${mode} row ${i} is text (${quote(row, 60)}), not an object; the Postman library reads it as ${textRowRead(mode, row)}` });
      continue;
    }
    if (!isObject(row)) {
      notes.push({ at: `/${mode}/${i}`, message: `${mode} row ${i} is ${jsonKind(row)}, not an object; not read (the Postman library sends no field for it)` });
      continue;
    }
    const key = row.key;
    if (key !== undefined && typeof key !== 'string' && typeof key !== 'number') {
      const value = rowText(row.value);
      const kept = typeof value === 'string' && value !== '' ? ` (its value ${quote(value, 60)} is not in the example)` : '';
      notes.push({ at: `/${mode}/${i}/key`, message: `${mode} row ${i}'s key is ${jsonKind(key)}, not text; the row is left out${kept}` });
      continue;
    }
    // A urlencoded row has no file (see fileRows).
    if (mode !== 'formdata' || row.disabled === true || row.type !== 'file' || row.src === undefined || row.src === null) continue;
    const src = row.src;
    if (typeof src === 'string') continue;
    if (Array.isArray(src)) srcItemNotes(`/${mode}/${i}/src`, i, src, notes);
    else notes.push({ at: `/${mode}/${i}/src`, message: `file row ${i}'s src is ${jsonKind(src)}, not text; the example shows an empty text for the file` });
  }
  return notes;
}

/** What the library reads of a form row written as text (see rawRows): formdata, a row with no key; urlencoded, a query string. */
function textRowRead(mode: string, row: string): string {
  if (mode === 'formdata') return 'a row with no key and no value: no field for it';
  const at = row.indexOf('=');
  const key = at < 0 ? row : row.slice(0, at);
  if (key.trim() === '') return 'a query string with no key: no field for it';
  return `a query string: the field ${quote(key, 60)} ${at < 0 ? 'with no value' : `with the value ${quote(row.slice(at + 1), 60)}`}`;
}

/** The items of a file row's `src` list that are not text, each at its own pointer. */
function srcItemNotes(at: string, i: number, src: JsonValue[], notes: { at: string; message: string }[]): void {
  const anyText = src.some((s) => typeof s === 'string');
  const shown = anyText ? 'the example lists the src items that are text' : 'no item of the src is text: the example shows an empty text for the file';
  for (let j = 0; j < src.length; j++)
    if (typeof src[j] !== 'string') notes.push({ at: `${at}/${j}`, message: `file row ${i}'s src item ${j} is ${jsonKind(src[j])}, not text; not read (${shown})` });
}

/** Urlencoded rows typed `file`: the library sends their `value` as text, and not their `src`. */
function fileRows(rows: JsonValue[]): { at: string; message: string }[] {
  const notes: { at: string; message: string }[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!isObject(row) || row.disabled === true || row.type !== 'file') continue;
    const src = holdsContent(row.src) ? '; its src is not sent' : '';
    notes.push({
      at: `/urlencoded/${i}/type`,
      message: `urlencoded row ${i} is typed file; a urlencoded body sends text, so it is read as text (its value), as the Postman library sends it${src}`,
    });
  }
  return notes;
}

/**
 * Whether a body member holds something that would be sent: text that is not empty, a row or object with a member
 * that does (a row's `type` alone, an empty GraphQL `query`, `{}` or `[]` hold nothing), any number or boolean.
 */
function holdsContent(value: JsonValue | undefined): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.some(holdsContent);
  if (isObject(value)) return Object.keys(value).some((k) => k !== 'type' && k !== 'disabled' && holdsContent(value[k]));
  return true;
}

/** The members of a body that hold content. */
const CONTENT = ['raw', 'urlencoded', 'formdata', 'file', 'graphql'] as const;

/**
 * A body with no mode, a mode that means no body (`""`, `null`, `false`, `0`) or `disabled`: each member that still
 * holds content, reported as not sent. With `sent` (the mode the body is read as), the members of the other modes.
 */
function unsentContent(given: JsonObject, what: string, sent?: string): { at: string; message: string }[] {
  const notes: { at: string; message: string }[] = [];
  for (const key of CONTENT) {
    if (key === sent) continue;
    if (!holdsContent(given[key])) continue;
    const why = sent === undefined ? `${what}, so no body is sent, as the Postman library reads it` : `${what}, so only its ${sent} content is sent`;
    notes.push({ at: `/${key}`, message: `${why}; its ${key} content is not sent` });
  }
  return notes;
}
