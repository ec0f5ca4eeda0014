import { isCaptureSecret } from './capture-keys.js';
import { isCredentialKey } from '../util/credential-key.js';

/** Values shorter than this are not treated as secrets to search for (they would match ordinary text). */
const MIN_LENGTH = 6;

/** The secret values of a header's value: the whole value, the credential after an auth scheme, and each cookie's value. */
function headerValues(value: string): string[] {
  const out = [value.trim()];
  const scheme = /^\s*[A-Za-z][\w-]*\s+(\S+)\s*$/.exec(value)?.[1];
  if (scheme) out.push(scheme);
  for (const pair of value.split(/;\s*/)) {
    const cookie = /^[^=]+=(.*)$/.exec(pair.split(/,\s*(?=[^;=]+=)/)[0]!)?.[1];
    if (cookie) out.push(cookie);
  }
  return out;
}

/** Values under keys `secret` accepts (default: any secret-named key) anywhere in parsed JSON. */
function jsonValues(value: unknown, out: string[], depth = 0, secret: (key: string) => boolean = isCaptureSecret): void {
  if (!value || typeof value !== 'object' || depth > 32) return;
  for (const [k, v] of Object.entries(value)) {
    if (secret(k) && (typeof v === 'string' || typeof v === 'number')) out.push(String(v));
    else if (secret(k) && Array.isArray(v)) out.push(...v.filter((x): x is string => typeof x === 'string'));
    else jsonValues(v, out, depth + 1, secret);
  }
}

/** Secret values of a form, a query string or JSON text. */
function textValues(text: string, out: string[]): void {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') {
      jsonValues(parsed, out);
      return;
    }
  } catch {
    // a form or query string
  }
  new URLSearchParams(text).forEach((v, k) => {
    if (isCaptureSecret(k)) out.push(v);
  });
}

/**
 * The credentials a request or its response carries, to remove wherever they
 * reappear: the values of credential headers in any casing (`Authorization`,
 * `Proxy-Authorization`, `Cookie`, `X-Mashape-Key`, and `Set-Cookie` or an
 * echoed credential header of the response), and the values of secret-named
 * fields of the query string and of a form, multipart or JSON body (any key
 * spelling, see `isCaptureSecret`).
 */
export function requestSecrets(url: URL, headers: Headers, body: BodyInit | null | undefined, responseHeaders?: Headers): string[] {
  const out: string[] = [];
  for (const h of [headers, responseHeaders ?? new Headers()]) for (const [name, value] of h) if (isCaptureSecret(name)) out.push(...headerValues(value));
  for (const cookie of responseHeaders?.getSetCookie?.() ?? []) out.push(...headerValues(cookie));
  for (const [k, v] of url.searchParams) if (isCaptureSecret(k)) out.push(v);
  if (body instanceof URLSearchParams || body instanceof FormData)
    body.forEach((v, k) => {
      if (isCaptureSecret(k) && typeof v === 'string') out.push(v);
    });
  else if (typeof body === 'string') textValues(body, out);
  return [...new Set(out)].filter((v) => v.length >= MIN_LENGTH);
}

/** The values under credential or deletehash keys of a parsed response body (a deletehash, new tokens), to remove from later entries too. */
export function responseSecrets(body: unknown): string[] {
  const out: string[] = [];
  jsonValues(body, out, 0, (key) => isCredentialKey(key) || /^delete[-_ ]?hash(?:es)?$/i.test(key.replace(/\[\]$/, '')));
  return out.filter((v) => v.length >= MIN_LENGTH);
}
