import { TrafficInputError } from './errors.js';
import { isRecord } from './parse-entry.js';
import { parseJson } from './parse-json.js';
import type { JsonValue, RecordedExchange } from './types.js';

/** Turns a HAR 1.2 document into exchanges (one per `log.entries[i]`); the bodies of JSON responses are parsed. */
export function harExchanges(doc: JsonValue, file: string): RecordedExchange[] {
  const entries = isRecord(doc) && isRecord(doc.log) ? doc.log.entries : undefined;
  if (!Array.isArray(entries)) throw new TrafficInputError(`${file}#/log/entries`, 'expected a HAR document with a `log.entries` array');
  return entries.map((e, i) => {
    const where = `${file}#/log/entries/${i}`;
    if (!isRecord(e) || !isRecord(e.request) || !isRecord(e.response)) throw new TrafficInputError(where, 'expected `request` and `response` objects');
    const { method, url } = e.request;
    const { status, content } = e.response;
    if (typeof method !== 'string' || typeof url !== 'string') throw new TrafficInputError(`${where}/request`, 'expected `method` and `url` strings');
    if (typeof status !== 'number') throw new TrafficInputError(`${where}/response/status`, 'expected a number');
    let path: string;
    try {
      path = new URL(url).pathname;
    } catch {
      throw new TrafficInputError(`${where}/request/url`, `not an absolute URL: ${url}`);
    }
    const c = isRecord(content) ? content : {};
    const mime = typeof c.mimeType === 'string' ? c.mimeType : '';
    const raw = typeof c.text === 'string' ? (c.encoding === 'base64' ? Buffer.from(c.text, 'base64').toString('utf8') : c.text) : '';
    const isJson = /\bjson\b/i.test(mime) || (mime === '' && /^\s*[[{]/.test(raw));
    const body = isJson && raw !== '' ? parseJson(raw, `${where}/response/content/text`) : raw;
    return { id: where, method: method.toUpperCase(), path, status, body, ...(isJson ? {} : { contentType: mime || 'text/plain' }) };
  });
}
