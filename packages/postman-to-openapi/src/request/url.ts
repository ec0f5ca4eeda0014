import type { Url } from 'postman-collection';
import { camelCase } from '../naming/names.js';

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
  /** A literal port that is not one (`99999`, `abc`): the origin holds the server variable `name` instead. */
  invalidPort?: { name: string; text: string };
}

const VAR_RE = /\{\{\s*([^{}]+?)\s*\}\}/g;

/** Rewrites one path segment: `{{x}}` and whole-segment `:x` become `{x}`, `{x}` stays. */
export function templateSegment(segment: string): { text: string; names: string[] } {
  if (!segment.includes('{') && segment[0] !== ':') return { text: segment, names: [] };
  const names: string[] = [];
  // A variable without a name (`{{}}`, `{}`) is a parameter all the same: it is named `param`.
  segment = segment.replace(/\{\{\s*\}\}|\{\s*\}/g, '{param}');
  if (/^:[A-Za-z0-9_.-]+$/.test(segment)) {
    names.push(segment.slice(1));
    return { text: `{${segment.slice(1)}}`, names };
  }
  const text = segment.replace(VAR_RE, (_m, name: string) => {
    names.push(name);
    return `{${name}}`;
  });
  const known = new Set(names);
  for (const m of text.matchAll(/\{([^{}]+)\}/g))
    if (m[1] && !known.has(m[1])) {
      known.add(m[1]);
      names.push(m[1]);
    }
  return { text, names };
}

/** A URL's host or path as strings: Postman keeps an array, but a hand-edited URL object may hold a string or anything else. */
function listOf(value: unknown): string[] {
  const text = (s: unknown): string => {
    if (typeof s === 'string') return s;
    if (typeof s === 'number') return String(s);
    const inner: unknown = s && typeof s === 'object' ? (s as { value?: unknown }).value : undefined;
    return typeof inner === 'string' ? inner : '';
  };
  if (Array.isArray(value)) return value.map(text);
  return typeof value === 'string' ? [value] : [];
}

/** Hands out each name once: a repeat gets the first free numeric suffix (`id`, `id2`, `id3`); linear in the number of names. */
function uniqueNamer(): (name: string) => string {
  const taken = new Set<string>();
  const next = new Map<string, number>();
  return (name) => {
    let out = name;
    if (taken.has(out)) {
      let i = next.get(name) ?? 2;
      while (taken.has(`${name}${i}`)) i++;
      next.set(name, i + 1);
      out = `${name}${i}`;
    }
    taken.add(out);
    return out;
  };
}

/**
 * Converts a parsed Postman URL. Variables are never replaced by their values:
 * `{{var}}` and `:var` path segments become `{var}` parameters.
 * Returns undefined when the URL is empty (no host and no path).
 */
export function parseUrl(url: Url): ParsedUrl | undefined {
  const host = listOf(url.host).join('.').trim();
  const segments = listOf(url.path);
  if (host === '' && segments.every((s) => s === '')) return undefined;
  const pathParams: string[] = [];
  const literalSegments: string[] = [];
  let unique: ((name: string) => string) | undefined; // made at the first parameter: most segments are literal
  const parts = segments.map((segment) => {
    if (!segment.includes('{') && segment[0] !== ':') {
      literalSegments.push(segment); // what templateSegment would say, without building its answer
      return segment;
    }
    const { text, names } = templateSegment(segment);
    if (names.length === 0) {
      literalSegments.push(segment);
      return text; // no `{name}` in it: templateSegment lists every one
    }
    return text.replace(/\{([^{}]+)\}/g, (_m, name: string) => {
      // A name with other characters (`{id returned from query}`) becomes camelCase: template names are words.
      unique ??= uniqueNamer();
      const u = unique(/^[\w.-]+$/.test(name) ? name : camelCase(name) || 'param');
      pathParams.push(u);
      return `{${u}}`;
    });
  });
  const originVariables: string[] = [];
  const hostText = host.replace(VAR_RE, (_m, name: string) => {
    originVariables.push(name);
    return `{${name}}`;
  });
  const bareOrigin = url.protocol === undefined && /^\{[^{}]+\}$/.test(hostText);
  // `{{protocol}}://host:{{port}}`: the protocol and the port may be variables too.
  const variable = (text: string): string =>
    text.replace(VAR_RE, (_m, name: string) => {
      if (!originVariables.includes(name)) originVariables.push(name);
      return `{${name}}`;
    });
  // A URL without a protocol is sent over http (postman-runtime prefixes `http://`).
  const protocol = variable(typeof url.protocol === 'string' && url.protocol !== '' ? url.protocol : 'http');
  const portText = url.port === undefined || url.port === null ? '' : String(url.port);
  let invalidPort: ParsedUrl['invalidPort'];
  if (portText !== '' && !portText.includes('{{') && !(/^\d{1,5}$/.test(portText) && Number(portText) <= 65535)) {
    let name = 'port';
    for (let i = 2; originVariables.includes(name); i++) name = `port${i}`;
    invalidPort = { name, text: portText };
  }
  const port = invalidPort ? `:{${invalidPort.name}}` : portText ? `:${variable(portText)}` : '';
  const origin = hostText === '' ? '' : bareOrigin ? hostText : `${protocol}://${hostText}${port}`;
  const parsed: ParsedUrl = { origin, originVariables, bareOrigin, path: `/${parts.join('/')}`, pathParams, literalSegments };
  if (invalidPort && origin !== '' && !bareOrigin) parsed.invalidPort = invalidPort;
  return parsed;
}
