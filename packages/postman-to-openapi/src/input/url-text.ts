import { createRequire } from 'node:module';
import type * as Parser from 'postman-url-encoder/parser/index.js';
import type { RawRow } from './raw-rows.js';

// Loaded with `require`: the parser is CommonJS, and an `import` has Node read its source once more for its export
// names (about 7 ms of CPU at start-up, against 4 for the whole load through `require`).
const { parse } = createRequire(import.meta.url)('postman-url-encoder/parser/index.js') as typeof Parser;

/** A URL text split as postman-collection 5.3.1's `Url.parse` splits it (the members the converter reads). */
export interface UrlText {
  protocol?: string;
  port?: string;
  host?: string[];
  path?: string[];
  query?: RawRow[];
  variable?: { key: string }[];
}

/** One query parameter text as the library's `QueryParam.parseSingle` reads it, within `all` at `index`. */
export function queryParam(param: string, index: number, all: string[]): RawRow {
  // An empty parameter that is not the last one ("a=b&&c") has no key and no value.
  if (param === '' && index !== all.length - 1) return { key: null, value: null };
  const at = param.indexOf('=');
  return at < 0 ? { key: param, value: null } : { key: param.slice(0, at), value: param.slice(at + 1) };
}

/** A query string as the library's `QueryParam.parse` reads it: one row per `&`-separated part. */
export function queryText(query: string): RawRow[] {
  const parts = query.split('&');
  const rows: RawRow[] = [];
  for (let i = 0; i < parts.length; i++) rows.push(queryParam(parts[i] as string, i, parts));
  return rows;
}

/** The variable name of a `:name` path segment (up to a `.`), else null; as the library reads it. */
function pathVariable(segment: string): string | null {
  if (!segment.startsWith(':')) return null;
  const dot = segment.indexOf('.');
  return segment.slice(1, dot === -1 ? undefined : dot) || null;
}

/**
 * A URL text read as the library's `Url.parse` reads it, with the library's own parser
 * (`postman-url-encoder/parser`, the version it uses): query rows split at the first `=`, and
 * each `:name` path segment a path variable. Like the library, a name that a plain object
 * inherits (`constructor`, `toString`, `__proto__`) is not listed as a variable.
 */
export function parseUrlText(text: string): UrlText {
  const url = parse(text);
  const out: UrlText = { protocol: url.protocol, port: url.port, host: url.host, path: url.path };
  if (url.query) out.query = url.query.map(queryParam);
  const variables: { key: string }[] = [];
  // A plain object on purpose: the library looks names up in one, so inherited names count as seen.
  const seen: Record<string, boolean> = {};
  for (const segment of url.path ?? []) {
    const name = pathVariable(segment);
    if (name && !seen[name]) {
      seen[name] = true;
      variables.push({ key: name });
    }
  }
  if (variables.length > 0) out.variable = variables;
  return out;
}
