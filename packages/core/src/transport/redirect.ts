import { ImgurRedirectError } from '../errors/transport-errors.js';

/** Statuses a transport follows (when it follows redirects at all). */
export const REDIRECTS = [301, 302, 303, 307, 308];
const MAX_REDIRECTS = 20;
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];

/** The request to send after one redirect. */
export interface Hop<B> {
  readonly url: URL;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: B | null;
}

/**
 * The redirect policy shared by every transport: follows `location` only
 * within the origin of `from` (so credentials and custom headers never reach
 * another host), at most 20 times, and like fetch turns 303 (and 301/302 after
 * a POST) into a GET without body. Throws `ImgurRedirectError` otherwise.
 */
export function redirectTo<B>(status: number, location: string, from: URL, method: string, headers: Record<string, string>, body: B, hops: number): Hop<B> {
  let next: URL | undefined;
  try {
    next = new URL(location, from);
  } catch {}
  if (hops >= MAX_REDIRECTS) throw new ImgurRedirectError(`more than ${MAX_REDIRECTS} redirects`);
  if (next?.protocol !== 'http:' && next?.protocol !== 'https:') throw new ImgurRedirectError('redirect to an invalid or non-HTTP URL refused');
  if (next.origin !== from.origin) throw new ImgurRedirectError(`redirect to another origin (${next.origin}) refused: credentials stay with ${from.origin}`);
  if ((status === 303 && method !== 'HEAD') || (status <= 302 && method === 'POST')) {
    const h = { ...headers };
    for (const name of BODY_HEADERS) delete h[name];
    return { url: next, method: 'GET', headers: h, body: null };
  }
  return { url: next, method, headers, body };
}
