import type { Transport, TransportInit } from '../types/transport.js';
import { withDeadline } from './deadline.js';
import { readBody } from './read-body.js';
import { REDIRECTS, redirectTo } from './redirect.js';
import { ImgurRedirectError } from '../errors/transport-errors.js';
import { HELD_PIECE_BYTES, isPieceBody, PIECE_BYTES, progressStream } from './body-pieces.js';
import { isPartsBody } from './is-parts-body.js';
import { isStreamed } from './is-streamed.js';

/**
 * The transport over a `fetch` (looked up per call) of Node, Deno, Bun and
 * workers, under `withDeadline`. Redirects are fetched with
 * `redirect: 'manual'` and followed here, within the origin only (see
 * `redirectTo`); one whose target the browser hides (`opaqueredirect`) fails
 * with `ImgurRedirectError`. A streamed body, and any body whose progress
 * is asked for, is sent as a `ReadableStream` (`duplex: 'half'`, chunked) that
 * counts the bytes as fetch reads them.
 */
export function fetchTransport(getFetch: () => typeof fetch): Transport {
  return (url, init, signal, timeoutMs) => withDeadline(signal, timeoutMs, (abort, touch) => fetchOnce(getFetch, url, init, init.method, init.headers, init.body, 0, abort, touch));
}

/** One request of an exchange (`hops` redirects followed so far; `options` gives the limits and progress callback), following a redirect by sending the next. */
async function fetchOnce(
  getFetch: () => typeof fetch,
  target: string,
  options: TransportInit,
  method: string,
  headers: Readonly<Record<string, string>>,
  body: TransportInit['body'],
  hops: number,
  abort: AbortSignal,
  touch: () => void,
): Promise<[Response, string]> {
  const { maxBytes, follow, onProgress } = options;
  // A stream per attempt: a redirect sends the body again.
  const streamed = isPieceBody(body) && (onProgress || isStreamed(body));
  const sent = streamed
    ? progressStream(
        body,
        (loaded, total) => {
          touch();
          onProgress?.(loaded, total);
        },
        onProgress || !isPartsBody(body) ? PIECE_BYTES : HELD_PIECE_BYTES,
      )
    : undefined;
  // `duplex` only with a stream (fetch asks for it then); each member of the init costs a conversion in Node's fetch.
  const init: RequestInit & { duplex?: 'half' } = sent
    ? { method, headers, body: sent.stream, redirect: 'manual', signal: abort, duplex: 'half' }
    : { method, headers, body: body as BodyInit | null | undefined, redirect: 'manual', signal: abort };
  let got: Response;
  try {
    got = await getFetch()(target, init);
  } catch (error) {
    throw sent?.failure() ?? error;
  } finally {
    sent?.close();
  }
  if (got.type === 'opaqueredirect') throw new ImgurRedirectError('redirect refused: the browser hides its target');
  // Headers are looked up only for a redirect status (each lookup in fetch's Headers costs).
  const location = follow && REDIRECTS.includes(got.status) ? got.headers.get('location') : null;
  if (location !== null) {
    await got.body?.cancel();
    const next = redirectTo(got.status, location, new URL(target), method, { ...headers }, body, hops);
    return fetchOnce(getFetch, next.url.href, options, next.method, next.headers, next.body, hops + 1, abort, touch);
  }
  return [got, await readBody(got, maxBytes, abort)];
}
