import { REDACTED } from '../util/redact.js';

/** A segment shaped like an Imgur deletehash (15 letters and digits; image and album IDs have 5 to 7). */
const DELETEHASH_SHAPE = /^[A-Za-z0-9]{15}$/;
/** Routes whose hash segment is a deletehash when the method changes something (`DELETE /3/image/{imageDeleteHash}`, `POST /3/album/{albumDeleteHash}/add`, …). */
const HASH_ROUTES = [/^(\/3\/(?:image|album)\/)([^/]+)/, /^(\/3\/account\/[^/]+\/(?:image|album)\/)([^/]+)/];

/**
 * A request path as recorded: every segment holding a secret (what `clean` removes), every
 * deletehash-shaped segment, and the hash segment of an image or album route
 * called with a method other than GET or HEAD (which takes a deletehash)
 * become `[redacted]`; the route still matches its template.
 */
export function capturePath(method: string, path: string, clean: (segment: string) => string): string {
  let out = path
    .split('/')
    .map((segment) => (DELETEHASH_SHAPE.test(segment) ? REDACTED : clean(segment)))
    .join('/');
  if (method !== 'GET' && method !== 'HEAD') for (const route of HASH_ROUTES) out = out.replace(route, `$1${REDACTED}`);
  return out;
}
