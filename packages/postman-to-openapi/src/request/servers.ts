import type { CollectionContext, ServerObject } from '../types.js';
import type { ParsedUrl } from './url.js';
import { record } from '../input/record.js';
import { trimSlashes } from '../input/trim-slashes.js';
import { fillVariables, namesItself } from '../input/fill-variables.js';

// Every pattern here is anchored at the start or scans once: a value is collection text of any length.
const PROTOCOL_RE = /^[a-z][a-z0-9+.-]*:\/\//i;

function stripProtocol(value: string): string {
  return trimSlashes(value.replace(PROTOCOL_RE, ''));
}

/** A protocol variable's value without the `:` and slashes it ends with (`https://` -> `https`); unchanged without that `:`. */
function protocolText(value: string): string {
  const trimmed = trimSlashes(value);
  return trimmed.endsWith(':') ? trimmed.slice(0, -1) : value;
}

/** Whether the variable `name` is the whole host of the URL (`https://{name}`, `https://{name}:8443`), not a part of it. */
function wholeHost(name: string, url: ParsedUrl): boolean {
  if (url.bareOrigin) return true;
  const start = url.origin.indexOf('://') + 3;
  const host = `{${name}}`;
  if (!url.origin.startsWith(host, start)) return false;
  const end = start + host.length;
  return end === url.origin.length || url.origin.charCodeAt(end) === 58; // `:` starts the port
}

/** Default and description of one server variable, saying where the default comes from. */
function serverVariable(name: string, url: ParsedUrl, context: CollectionContext): { default: string; description: string } {
  const given = context.variables[name];
  if (given !== undefined && namesItself(name, context.variables))
    return {
      default: `{{${name}}}`,
      description: `Postman variable {{${name}}}, whose value in the collection names itself; the default is the variable as written there: replace it.`,
    };
  // A value naming other variables (`{{scheme}}://{{host}}`) is sent with theirs filled in.
  const value = given === undefined ? undefined : fillVariables(given, context.variables);
  if (value !== undefined && value.trim() !== '') {
    const fromValue = url.bareOrigin ? trimSlashes(value.trim()) : /protocol|scheme/i.test(name) ? protocolText(value.trim()) : stripProtocol(value.trim());
    const filled = value === given ? '' : ', the variables it names filled in';
    return { default: fromValue, description: `Postman variable {{${name}}}; the default is its value in the collection${filled}.` };
  }
  const common = context.commonOrigin;
  const isHost = url.originVariables.length === 1 && !/protocol|scheme|port/i.test(name) && wholeHost(name, url);
  if (common && isHost) {
    return {
      default: url.bareOrigin ? common : stripProtocol(common),
      description: `Postman variable {{${name}}}, which has no value in the collection; the default is the collection's most common literal host (${common}).`,
    };
  }
  return {
    default: `{{${name}}}`,
    description: `Postman variable {{${name}}}, which has no value in the collection; the default is the variable as written there: replace it.`,
  };
}

/** Everything a URL's server depends on besides the context (the origin alone does not tell a `{x}` written in the host from a variable). */
function originKey(url: ParsedUrl): string {
  const port = url.invalidPort;
  let key = `${url.bareOrigin ? 1 : 0}${url.origin.length}:${url.origin}`;
  for (let i = 0; i < url.originVariables.length; i++) {
    const name = url.originVariables[i] as string;
    key += `${name.length}:${name}`;
  }
  if (port) key += `!${port.name.length}:${port.name}${port.text}`;
  const host = url.invalidHost;
  if (host) key += `@${host.name.length}:${host.name}${host.text}`;
  return key;
}

// Requests on one origin share one server object per conversion: built, and written as JSON (serverKey), once.
const built = new WeakMap<CollectionContext, Map<string, ServerObject>>();

/**
 * Builds the server of one request from its URL origin. A variable in the protocol, host or
 * port becomes a server variable whose default is the collection variable's value, else (for
 * a lone variable that is the whole host) the most common literal host of the collection, else
 * the variable as written (`{{name}}`); each description says which. A literal port that is not
 * a port (`99999`) and braces that are not a variable (`{{}}`) become server variables whose
 * description says so. Nothing else is invented.
 * Returns undefined when the URL has no host. Requests on the same origin get the same object (built once per conversion).
 */
export function buildServer(url: ParsedUrl, context: CollectionContext): ServerObject | undefined {
  if (url.origin === '') return undefined;
  let cache = built.get(context);
  if (!cache) built.set(context, (cache = new Map()));
  const key = originKey(url);
  let server = cache.get(key);
  if (!server) cache.set(key, (server = distinctTemplate(newServer(url, context), context)));
  return server;
}

type ServerVariable = NonNullable<ServerObject['variables']>[string];

// Server templates handed out in one conversion, by URL template, and the next number to try for each.
const templates = new WeakMap<CollectionContext, { byUrl: Map<string, ServerObject>; next: Map<string, number> }>();

/**
 * The server, or when another server of the conversion has its URL template with other
 * variables (an invalid port `99999` and a `{{port}}`, two texts in braces that are not
 * variables), the server with each variable that differs numbered (`port2`, `brace2`, ...):
 * two servers never share a URL.
 */
function distinctTemplate(server: ServerObject, context: CollectionContext): ServerObject {
  if (!server.variables) return server;
  let seen = templates.get(context);
  if (!seen) templates.set(context, (seen = { byUrl: new Map(), next: new Map() }));
  const first = seen.byUrl.get(server.url);
  if (!first) {
    seen.byUrl.set(server.url, server);
    return server;
  }
  const json = JSON.stringify(server);
  if (JSON.stringify(first) === json) return server;
  let differ = Object.keys(server.variables).filter((name) => JSON.stringify(server.variables?.[name]) !== JSON.stringify(first.variables?.[name]));
  // Numbering variables the URL does not hold (a `{{port}}` beside a host variable that is the whole origin) would
  // leave the URL as it is, whatever the number: then every variable is numbered, and a URL with none is left shared.
  const inUrl = (name: string): boolean => server.url.includes(`{${name}}`);
  if (!differ.some(inUrl)) differ = Object.keys(server.variables);
  if (!differ.some(inUrl)) return server;
  for (let n = seen.next.get(server.url) ?? 2; ; n++) {
    const renamed = numbered(server, differ, n);
    const taken = seen.byUrl.get(renamed.url);
    if (taken && JSON.stringify(taken) !== JSON.stringify(renamed)) continue;
    seen.next.set(server.url, n + 1);
    if (!taken) seen.byUrl.set(renamed.url, renamed);
    return renamed;
  }
}

/** The server with the variables `names` renamed `<name><n>` in its URL and its variables (in their order). */
function numbered(server: ServerObject, names: string[], n: number): ServerObject {
  let url = server.url;
  const variables = record<ServerVariable>();
  for (const [name, variable] of Object.entries(server.variables ?? {})) {
    const next = names.includes(name) ? `${name}${n}` : name;
    if (next !== name) url = url.split(`{${name}}`).join(`{${next}}`);
    variables[next] = variable;
  }
  return { url, variables };
}

function newServer(url: ParsedUrl, context: CollectionContext): ServerObject {
  if (url.originVariables.length === 0 && !url.invalidPort && !url.invalidHost && !hasBrace(url.origin)) return { url: url.origin };
  const variables = record<{ default: string; description: string }>();
  for (const name of url.originVariables) variables[name] = serverVariable(name, url, context);
  if (url.invalidPort) {
    variables[url.invalidPort.name] = {
      default: url.invalidPort.text,
      description: `The collection writes the port \`${url.invalidPort.text.slice(0, 40)}\`, which is not a port (0-65535): replace it.`,
    };
  }
  if (url.invalidHost) {
    variables[url.invalidHost.name] = {
      default: url.invalidHost.text,
      description: `The collection writes the host \`${url.invalidHost.text.slice(0, 40)}\`, which is not a host: replace it.`,
    };
  }
  const { text, stray } = readBraces(url);
  for (let i = 0; i < stray.length; i++) {
    const { name, written } = stray[i] as StrayText;
    variables[name] = { default: written, description: `The collection writes \`${written.slice(0, 40)}\` here, which is not a variable: replace it.` };
  }
  return { url: text, variables };
}

function hasBrace(text: string): boolean {
  return text.includes('{') || text.includes('}');
}

/** Braces in an origin that are not one of its variables, and the server variable that stands for them. */
interface StrayText {
  name: string;
  written: string;
}

/**
 * The origin with each run of braces that is not one of its variables (`{{}}`, the last `}` of
 * `{{tenant}}}`, a `{x}` the collection wrote as such) taken as a server variable `brace`
 * (`brace2`, ...), whose default is the text as written: a server URL's `{...}` must name a
 * variable. One pass; the next `{` and `}` are found once each, so it is linear in the origin.
 */
function readBraces(url: ParsedUrl): { text: string; stray: StrayText[] } {
  const origin = url.origin;
  const stray: StrayText[] = [];
  if (!hasBrace(origin)) return { text: origin, stray };
  const known = new Set(url.originVariables);
  if (url.invalidPort) known.add(url.invalidPort.name);
  if (url.invalidHost) known.add(url.invalidHost.name);
  const taken = new Set(known);
  let text = '';
  let odd = ''; // the run of stray text being read
  let nextOpen = -1;
  let nextClose = -1;
  const flush = (): void => {
    if (odd === '') return;
    let name = 'brace';
    for (let n = 2; taken.has(name); n++) name = `brace${n}`;
    taken.add(name);
    stray.push({ name, written: odd });
    text += `{${name}}`;
    odd = '';
  };
  for (let i = 0; i < origin.length; ) {
    const c = origin.charCodeAt(i);
    if (c === 123) {
      // `{`: a token `{name}` when the next `}` comes before any other `{`
      if (nextOpen <= i) nextOpen = indexOr(origin, '{', i + 1);
      if (nextClose <= i) nextClose = indexOr(origin, '}', i + 1);
      if (nextClose < nextOpen) {
        const end = nextClose;
        const token = origin.slice(i, end + 1);
        if (known.has(token.slice(1, -1))) {
          flush();
          text += token;
        } else odd += token;
        i = end + 1;
        continue;
      }
      odd += '{';
    } else if (c === 125) {
      odd += '}';
    } else {
      flush();
      text += origin[i];
    }
    i++;
  }
  flush();
  return { text, stray };
}

/** The index of `search` in `text` from `from`, else the length of `text`. */
function indexOr(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at === -1 ? text.length : at;
}

// The last origin strayBraces read (readBraces depends on nothing else) and its answer.
const lastStray: { key: string | undefined; text: string | undefined } = { key: undefined, text: undefined };

/**
 * The text of a URL's origin in braces that is not a variable (`{{}}`, a stray `}`), joined by
 * spaces, else undefined: the server takes each as a variable `brace`, to be replaced.
 */
export function strayBraces(url: ParsedUrl): string | undefined {
  if (url.origin === '' || !hasBrace(url.origin)) return undefined;
  // Requests in a row mostly share their origin (`{{baseUrl}}`): the last answer is kept.
  const key = originKey(url);
  if (key !== lastStray.key) {
    const { stray } = readBraces(url);
    lastStray.key = key;
    lastStray.text = stray.length === 0 ? undefined : stray.map((s) => s.written).join(' ');
  }
  return lastStray.text;
}

/** The `protocol://host` of a URL without variables, else undefined. */
export function literalOrigin(url: ParsedUrl): string | undefined {
  return url.originVariables.length === 0 && !url.invalidPort && url.origin !== '' && !hasBrace(url.origin) ? url.origin : undefined;
}
