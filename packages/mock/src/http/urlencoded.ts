import { MockHttpError } from './errors.js';

/**
 * Parses `application/x-www-form-urlencoded` text in one pass, values of repeated keys kept in order.
 * More than `maxFields` pairs is a 400 found before any pair is decoded (a hostile body costs one scan).
 */
export function parseUrlencoded(text: string, maxFields: number, where = 'body'): Map<string, string[]> {
  let pairs = text === '' ? 0 : 1;
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    if (++pairs > maxFields) throw tooManyFields(maxFields, where);
  }
  const out = new Map<string, string[]>();
  for (const [k, v] of new URLSearchParams(text)) {
    const list = out.get(k);
    if (list) list.push(v);
    else out.set(k, [v]);
  }
  return out;
}

/** The 400 for a body or query string with more fields than the server reads. */
function tooManyFields(maxFields: number, where: string): MockHttpError {
  return new MockHttpError(400, `Too many fields in the request ${where}: at most ${maxFields} are read (limits.maxFields)`);
}
