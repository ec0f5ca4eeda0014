import { deref, esc } from './pointer.js';
import type { OpenApiDocument } from './types.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** The response schema an exchange is checked against. */
export interface OperationMatch {
  /** `METHOD /templated/path status` (or `METHOD (any route) status` for errors of unknown routes). */
  label: string;
  /** JSON pointer of the response's JSON schema, or undefined when the response declares no JSON body. */
  schemaPointer: string | undefined;
}

/** Finds the operation for method + path (templated or concrete) and the response for the status; a string says why none. */
export function matchOperation(spec: OpenApiDocument, method: string, path: string | null, status: number): OperationMatch | string {
  const m = method.toLowerCase();
  if (path === null) {
    if (status < 400) return `${method} with no path: only error bodies can be checked without a route`;
    return { label: `${method} (any route) ${status}`, schemaPointer: jsonSchemaPointer(spec, '#/components/responses/Error') };
  }
  const template = findTemplate(spec, m, path);
  if (!template) return `${method} ${path}: no such operation in spec/openapi.json`;
  const responsesAt = `#/paths/${esc(template)}/${m}/responses`;
  const responses = (spec.paths?.[template] as Record<string, { responses?: Record<string, unknown> }> | undefined)?.[m]?.responses ?? {};
  const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => k in responses);
  if (!key) return `${method} ${template}: no response for status ${status}`;
  return { label: `${method} ${template} ${status}`, schemaPointer: jsonSchemaPointer(spec, `${responsesAt}/${esc(key)}`) };
}

function jsonSchemaPointer(spec: OpenApiDocument, responsePointer: string): string | undefined {
  const { node, pointer } = deref(spec, { $ref: responsePointer }, responsePointer);
  const content = (node as { content?: Record<string, { schema?: unknown }> } | undefined)?.content;
  const media = content && Object.keys(content).find((k) => /json/.test(k));
  return media && content[media]?.schema !== undefined ? `${pointer}/content/${esc(media)}/schema` : undefined;
}

/**
 * The spec path template that a path names: itself if templated, the operation that lists it in `x-imgur-aliases`
 * (`POST /3/image` for `POST /3/upload`), else the most literal template that matches.
 */
export function findTemplate(spec: OpenApiDocument, method: string, path: string): string | undefined {
  const paths = spec.paths ?? {};
  const has = (t: string) => METHODS.includes(method) && typeof (paths[t] as Record<string, unknown> | undefined)?.[method] === 'object';
  if (has(path)) return path;
  const clean = path
    .split('?')[0]!
    .replace(/\.json$/, '')
    .replace(/(.)\/$/, '$1');
  if (has(clean)) return clean;
  const aliased = Object.keys(paths).find((t) => has(t) && aliasesOf(paths[t], method).includes(clean));
  if (aliased) return aliased;
  const segs = clean.split('/');
  let best: { t: string; params: number } | undefined;
  for (const t of Object.keys(paths)) {
    if (!has(t)) continue;
    const ts = t.split('/');
    if (ts.length !== segs.length) continue;
    let params = 0;
    const ok = ts.every((s, i) => {
      if (/^\{[^}]+\}$/.test(s)) return params++ >= 0 && segs[i] !== '';
      return s === segs[i];
    });
    if (ok && (!best || params < best.params)) best = { t, params };
  }
  return best?.t;
}

/** The other paths an operation answers on (`x-imgur-aliases`), e.g. `/3/image` for `POST /3/upload`. */
function aliasesOf(item: unknown, method: string): string[] {
  const aliases = (item as Record<string, { 'x-imgur-aliases'?: unknown } | undefined>)[method]?.['x-imgur-aliases'];
  return Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [];
}
