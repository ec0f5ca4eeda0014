/// <reference types="node" />
import { urlToHttpOptions } from 'node:url';

/** Where a node:http request goes: its options (protocol, host, port, path, auth) and its URL as `URL.href` writes it. */
export interface Target {
  readonly protocol: string;
  readonly hostname: string;
  readonly port: number | undefined;
  readonly path: string;
  readonly auth: string | undefined;
  readonly href: string;
}

/** A path and query that `new URL` would leave as they are: no characters it escapes, no `\`, `#` or dot segments (nor an empty query: see `targetOf`). */
const PLAIN_PATH = /^\/[\w\-.~!$&()*+,;=:@%/?]*$/;
/** An absolute http: or https: URL. */
const HTTP_URL = /^https?:\/\//;
const DOT_SEGMENT = /\/\.|%2e/i;

/**
 * The target of a parsed URL (used for every URL that `targetOf` cannot take
 * apart safely, and for redirects): the fields node:http reads, copied out of
 * `urlToHttpOptions` (an object without prototype, slow to read and to copy)
 * into one of a fixed shape. Its `href` has no fragment (`#...`), as a fetch
 * `Response.url` has none.
 */
export function toTarget(url: URL): Target {
  const { protocol, hostname, port, path, auth } = urlToHttpOptions(url);
  const hash = url.href.indexOf('#');
  const href = hash < 0 ? url.href : url.href.slice(0, hash);
  return { protocol: protocol!, hostname: hostname!, port: port === undefined ? undefined : Number(port), path: path!, auth: auth ?? undefined, href };
}

/** The origin last parsed by `targetOf`: its text and its target (null when `URL` writes it otherwise). */
export type KnownOrigin = [origin: string, target: Target | null];

/**
 * The target of `url`, as `toTarget(new URL(url))` gives it, without parsing
 * the whole URL each time: its origin part (`http://host:port`) is parsed
 * once and remembered in `known` (a client talks to one origin); when it is
 * in the form `URL` writes (lower case, no default port, no credentials) and
 * `new URL` would not change the path and query, they are taken as they are.
 * Anything else goes through `new URL` (which throws on an invalid URL).
 */
export function targetOf(url: string, known: KnownOrigin): Target {
  const slash = HTTP_URL.test(url) ? url.indexOf('/', 8) : -1;
  const origin = url.slice(0, slash);
  const path = url.slice(slash);
  if (slash > 0 && known[0] !== origin) {
    const parsed = URL.canParse(origin) ? new URL(origin) : undefined;
    known[0] = origin;
    known[1] = parsed?.origin === origin ? toTarget(parsed) : null;
  }
  // An empty query (`/3/image/?`): `new URL` sends the path without its `?`.
  const base = slash > 0 && PLAIN_PATH.test(path) && !DOT_SEGMENT.test(path) && path.indexOf('?') !== path.length - 1 && known[1];
  return base ? { protocol: base.protocol, hostname: base.hostname, port: base.port, path, auth: undefined, href: url } : toTarget(new URL(url));
}
