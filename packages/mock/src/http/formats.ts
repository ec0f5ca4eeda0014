import { MockHttpError } from './errors.js';

/** Response format chosen by a `.json` / `.xml` path extension. */
export type Format = 'json' | 'xml';

/** Strips a `.json`/`.xml` extension from the last path segment and reports the format. */
export function splitFormat(segments: readonly string[]): { segments: string[]; format: Format } {
  const out = [...segments];
  const last = out.at(-1);
  const m = last === undefined ? null : /^(.*)\.(json|xml)$/i.exec(last);
  if (!m) return { segments: out, format: 'json' };
  if (m[1] === '') out.pop();
  else out[out.length - 1] = m[1]!;
  return { segments: out, format: m[2]!.toLowerCase() as Format };
}

const CALLBACK = /^[A-Za-z_$][\w$]{0,63}(?:\.[A-Za-z_$][\w$]{0,63}){0,7}$/;

/** Checks a JSONP callback name (a dotted JavaScript identifier); anything else is a 400. */
export function checkCallback(name: string): string {
  if (!CALLBACK.test(name)) throw new MockHttpError(400, 'Invalid parameter `callback`: must be a JavaScript identifier such as `handle` or `app.handle`');
  return name;
}

/** Wraps a JSON text in a JSONP call. */
export function jsonp(callback: string, json: string): string {
  return `/**/ typeof ${callback} === 'function' && ${callback}(${json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')});`;
}

/** Renders Imgur's XML form: `<data success="1" status="200">…</data>`. */
export function toXml(body: unknown): string {
  const env = (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : { data: body }) as Record<string, unknown>;
  const success = env.success === false ? '0' : '1';
  const status = typeof env.status === 'number' ? env.status : 200;
  const data = 'data' in env ? env.data : env;
  const type = Array.isArray(data) ? ' type="array"' : '';
  return `<?xml version="1.0" encoding="utf-8"?>\n<data${type} success="${success}" status="${status}">${xmlValue(data)}</data>\n`;
}

function xmlValue(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map((item) => `<item>${xmlValue(item)}</item>`).join('');
  if (typeof v === 'object') {
    return Object.entries(v as Record<string, unknown>)
      .map(([k, val]) => (/^[A-Za-z_][\w.-]*$/.test(k) && !/^xml/i.test(k) ? `<${k}>${xmlValue(val)}</${k}>` : `<item key="${escapeXml(k)}">${xmlValue(val)}</item>`))
      .join('');
  }
  return escapeXml(String(v));
}

function escapeXml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
