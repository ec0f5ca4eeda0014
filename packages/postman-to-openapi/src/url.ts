import type { Url } from 'postman-collection';

/** A Postman URL split into what OpenAPI needs. */
export interface ParsedUrl {
  /** `protocol://host[:port]` with `{{var}}` written `{var}`, or "" when the URL has no host. */
  origin: string;
  /** Variable names used in `origin`. */
  originVariables: string[];
  /** Whether the origin is a bare variable that carries its own protocol (e.g. `{{baseUrl}}`). */
  bareOrigin: boolean;
  /** OpenAPI path template, e.g. `/3/album/{albumHash}`. */
  path: string;
  /** Path parameter names in template order. */
  pathParams: string[];
  /** Literal path segments (never variable values). */
  literalSegments: string[];
}

const VAR_RE = /\{\{\s*([^{}]+?)\s*\}\}/g;

/** Rewrites one path segment: `{{x}}` and whole-segment `:x` become `{x}`, `{x}` stays. */
export function templateSegment(segment: string): { text: string; names: string[] } {
  const names: string[] = [];
  if (/^:[A-Za-z0-9_.-]+$/.test(segment)) {
    names.push(segment.slice(1));
    return { text: `{${segment.slice(1)}}`, names };
  }
  const text = segment.replace(VAR_RE, (_m, name: string) => {
    names.push(name);
    return `{${name}}`;
  });
  for (const m of text.matchAll(/\{([^{}]+)\}/g)) if (m[1] && !names.includes(m[1])) names.push(m[1]);
  return { text, names };
}

/**
 * Converts a parsed Postman URL. Variables are never replaced by their values:
 * `{{var}}` and `:var` path segments become `{var}` parameters.
 * Returns undefined when the URL is empty (no host and no path).
 */
export function parseUrl(url: Url): ParsedUrl | undefined {
  const host = (url.host ?? []).join('.').trim();
  const segments = (url.path ?? []).map((s) => String(s));
  if (host === '' && segments.every((s) => s === '')) return undefined;
  const pathParams: string[] = [];
  const literalSegments: string[] = [];
  const parts = segments.map((segment) => {
    const { text, names } = templateSegment(segment);
    let out = text;
    for (const name of names) {
      let unique = name;
      for (let i = 2; pathParams.includes(unique); i++) unique = `${name}${i}`;
      if (unique !== name) out = out.replace(`{${name}}`, `{${unique}}`);
      pathParams.push(unique);
    }
    if (names.length === 0) literalSegments.push(segment);
    return out;
  });
  const originVariables: string[] = [];
  const hostText = host.replace(VAR_RE, (_m, name: string) => {
    originVariables.push(name);
    return `{${name}}`;
  });
  const bareOrigin = url.protocol === undefined && /^\{[^{}]+\}$/.test(hostText);
  const port = url.port ? `:${url.port}` : '';
  const origin = hostText === '' ? '' : bareOrigin ? hostText : `${url.protocol ?? 'https'}://${hostText}${port}`;
  return { origin, originVariables, bareOrigin, path: `/${parts.join('/')}`, pathParams, literalSegments };
}
