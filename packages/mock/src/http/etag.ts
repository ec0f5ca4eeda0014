import { createHash } from 'node:crypto';

/** The quoted SHA-1 of a response body, as Imgur sends it in `ETag`. */
export function etagOf(body: Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('hex')}"`;
}

/** True when an `If-None-Match` header (a list, `*`, or weak tags) names `etag`. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}
