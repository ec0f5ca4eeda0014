import type { Url } from 'postman-collection';
import { camelCase } from '../naming/names.js';
import { variableName } from '../input/variable-name.js';

/** A Postman URL split into what OpenAPI needs. */
export interface ParsedUrl {
  /** `protocol://host[:port]` with `{{var}}` written `{var}`, or "" when the URL has no host. */
  origin: string;
  /** Variable names used in `origin`. */
  originVariables: string[];
  /** Whether the origin is a bare variable that carries its own protocol (e.g. `{{baseUrl}}`), then the port when the URL has one. */
  bareOrigin: boolean;
  /** OpenAPI path template, e.g. `/3/album/{albumHash}`. */
  path: string;
  /** Path parameter names in template order. */
  pathParams: string[];
  /** Literal path segments (never variable values). */
  literalSegments: string[];
  /** A literal port that is not one (`99999`, `abc`): the origin holds the server variable `name` instead. */
  invalidPort?: { name: string; text: string };
  /** A host that is not one (`/`, `a io`, `a.io?x=1`): the origin holds the server variable `name` instead. */
  invalidHost?: { name: string; text: string };
}

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
  const text = writeVariables(segment, names, false);
  // `{name}` written as such (not from `{{name}}`): listed once each, after the variables.
  BRACED_RE.lastIndex = 0;
  for (let m = BRACED_RE.exec(text); m !== null; m = BRACED_RE.exec(text)) {
    const name = m[1] as string;
    if (!names.includes(name)) names.push(name);
  }
  return { text, names };
}

const BRACED_RE = /\{([^{}]+)\}/g;

/** A URL's host or path as strings: Postman keeps an array, but a hand-edited URL object may hold a string or anything else. */
function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(partText);
  return typeof value === 'string' ? [value] : [];
}

/** One host or path part as text: a string, a number, or an object's string `value`; else "". */
function partText(s: unknown): string {
  if (typeof s === 'string') return s;
  if (typeof s === 'number') return String(s);
  const inner: unknown = s && typeof s === 'object' ? (s as { value?: unknown }).value : undefined;
  return typeof inner === 'string' ? inner : '';
}

/** Hands out each name once: a repeat gets the first free numeric suffix (`id`, `id2`, `id3`); linear in the number of names. */
class UniqueNames {
  private readonly taken = new Set<string>();
  private readonly next = new Map<string, number>();

  name(name: string): string {
    let out = name;
    if (this.taken.has(out)) {
      let i = this.next.get(name) ?? 2;
      while (this.taken.has(`${name}${i}`)) i++;
      this.next.set(name, i + 1);
      out = `${name}${i}`;
    }
    this.taken.add(out);
    return out;
  }
}

const PARAM_RE = /\{([^{}]+)\}/g;

/**
 * A templated segment with each `{name}` given its unique path parameter name (listed in `params`).
 * A name with other characters (`{id returned from query}`) becomes camelCase: template names are words.
 * Module-level loops rather than `replace` callbacks: a closure made per call would be optimised afresh each conversion.
 */
function placeParams(text: string, unique: UniqueNames, params: string[]): string {
  let out = '';
  let last = 0;
  PARAM_RE.lastIndex = 0;
  for (let m = PARAM_RE.exec(text); m !== null; m = PARAM_RE.exec(text)) {
    const name = m[1] as string;
    const u = unique.name(/^[\w.-]+$/.test(name) ? name : camelCase(name) || 'param');
    params.push(u);
    out += `${text.slice(last, m.index)}{${u}}`;
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

// `{{name}}` (spaces around the name allowed, see variableName), for exec loops.
const ORIGIN_VAR_RE = /\{\{([^{}]+)\}\}/g;

/** `{{name}}` written `{name}`, each name added to `names` (once only when `once`). */
function writeVariables(text: string, names: string[], once: boolean): string {
  let out = '';
  let last = 0;
  ORIGIN_VAR_RE.lastIndex = 0;
  for (let m = ORIGIN_VAR_RE.exec(text); m !== null; m = ORIGIN_VAR_RE.exec(text)) {
    const name = variableName(m[1] as string);
    if (!once || !names.includes(name)) names.push(name);
    out += `${text.slice(last, m.index)}{${name}}`;
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

const QUERY_MARK_RE = /[?#]/g;
const percentEncoded = (c: string): string => (c === '?' ? '%3F' : '%23');

/**
 * A path segment with `?` and `#` percent-encoded (`%3F`, `%23`), as Postman sends them: in a URL object's
 * path they are part of the segment, never the start of a query or a fragment.
 */
function encodeQueryMarks(text: string): string {
  if (!text.includes('?') && !text.includes('#')) return text;
  return text.replace(QUERY_MARK_RE, percentEncoded);
}

// A character no host has (outside its `{{variables}}`): a path, query or fragment mark, or white space.
const NOT_HOST_RE = /[/?#\s]/;
const HOST_VAR_RE = /\{\{[^{}]+\}\}/g;

/** The host without the slashes it ends with (`a.io/` -> `a.io`), and whether what is left is not a host (empty, or with `/`, `?`, `#` or a space). */
function readHost(host: string): { text: string; invalid: boolean } {
  let end = host.length;
  while (end > 0 && host.charCodeAt(end - 1) === 47) end--;
  const text = end === host.length ? host : host.slice(0, end);
  return { text, invalid: text === '' || (NOT_HOST_RE.test(text) && NOT_HOST_RE.test(text.replace(HOST_VAR_RE, 'x'))) };
}

/** Whether every segment is empty (none at all included). */
function allEmpty(segments: string[]): boolean {
  for (let i = 0; i < segments.length; i++) if (segments[i] !== '') return false;
  return true;
}

/**
 * Converts a parsed Postman URL. Variables are never replaced by their values:
 * `{{var}}` and `:var` path segments become `{var}` parameters.
 * Returns undefined when the URL is empty (no host and no path).
 */
export function parseUrl(url: Url): ParsedUrl | undefined {
  const givenHost = listOf(url.host).join('.').trim();
  const segments = listOf(url.path);
  if (givenHost === '' && allEmpty(segments)) return undefined;
  const { text: host, invalid: invalidHost } = givenHost === '' ? { text: '', invalid: false } : readHost(givenHost);
  const pathParams: string[] = [];
  const literalSegments: string[] = [];
  let unique: UniqueNames | undefined; // made at the first parameter: most segments are literal
  const parts: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as string;
    if (!segment.includes('{') && segment[0] !== ':') {
      literalSegments.push(segment); // what templateSegment would say, without building its answer
      parts.push(encodeQueryMarks(segment));
      continue;
    }
    const { text, names } = templateSegment(segment);
    if (names.length === 0) {
      literalSegments.push(segment);
      parts.push(encodeQueryMarks(text)); // no `{name}` in it: templateSegment lists every one
      continue;
    }
    unique ??= new UniqueNames();
    parts.push(encodeQueryMarks(placeParams(text, unique, pathParams)));
  }
  const originVariables: string[] = [];
  const hostText = invalidHost ? '' : writeVariables(host, originVariables, false);
  const bareOrigin = url.protocol === undefined && /^\{[^{}]+\}$/.test(hostText);
  // `{{protocol}}://host:{{port}}`: the protocol and the port may be variables too.
  // A URL without a protocol is sent over http (postman-runtime prefixes `http://`).
  const protocol = writeVariables(typeof url.protocol === 'string' && url.protocol !== '' ? url.protocol : 'http', originVariables, true);
  const portText = url.port === undefined || url.port === null ? '' : String(url.port);
  let invalidPort: ParsedUrl['invalidPort'];
  // A port with no `{{name}}` in it (`{{}}` names nothing) must be a number.
  if (portText !== '' && !(portText.includes('{{') && /\{\{[^{}]+\}\}/.test(portText)) && !(/^\d{1,5}$/.test(portText) && Number(portText) <= 65535)) {
    let name = 'port';
    for (let i = 2; originVariables.includes(name); i++) name = `port${i}`;
    invalidPort = { name, text: portText };
  }
  const port = invalidPort ? `:{${invalidPort.name}}` : portText ? `:${writeVariables(portText, originVariables, true)}` : '';
  let hostName = '';
  if (invalidHost) {
    hostName = 'host';
    for (let i = 2; originVariables.includes(hostName) || hostName === invalidPort?.name; i++) hostName = `host${i}`;
  }
  const origin = invalidHost ? `${protocol}://{${hostName}}${port}` : hostText === '' ? '' : bareOrigin ? `${hostText}${port}` : `${protocol}://${hostText}${port}`;
  const parsed: ParsedUrl = { origin, originVariables, bareOrigin, path: `/${parts.join('/')}`, pathParams, literalSegments };
  if (invalidPort && origin !== '') parsed.invalidPort = invalidPort;
  if (invalidHost) parsed.invalidHost = { name: hostName, text: givenHost };
  return parsed;
}
