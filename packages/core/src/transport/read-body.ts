import { ImgurResponseTooLargeError } from '../errors/transport-errors.js';
import { Gather } from './gather.js';

/** The error of a body past `maxBytes`. */
export const tooLarge = (maxBytes: number): ImgurResponseTooLargeError =>
  new ImgurResponseTooLargeError(`response body larger than maxResponseBytes (${maxBytes} bytes); the request was aborted`);

/** One decoder for every body: each is decoded whole, in one call, so no state is kept between calls. */
const DECODER = /* @__PURE__ */ new TextDecoder();

/** A `Content-Length` value: digits only. */
const LENGTH = /^\d{1,15}$/;

/**
 * Reads a fetch `Response` body as UTF-8 text (a leading BOM dropped, as
 * `text()` does), counting the bytes as they arrive (after decompression).
 * Cancels the body and throws `ImgurResponseTooLargeError` past `maxBytes`.
 * `framed`: the response comes from the runtime's own `fetch` (not a custom one, which may say anything, nor a
 * browser's, which may hide `Content-Encoding`); then a body with a `Content-Length` within `maxBytes` and neither
 * `Content-Encoding` nor `Transfer-Encoding` (Deno and Bun read a chunked body past its `Content-Length`), which
 * that fetch delivers whole and no longer, is read with `text()`: in Deno a stream reader costs about as much
 * as the rest of a small GET (see BENCHMARKS.md). Every other body is read with a reader and counted: the pieces
 * are gathered into one buffer as they come (see `Gather`: memory stays within about twice the limit, however
 * small the pieces) and decoded once at the end. Once `abort` has
 * aborted (the exchange timed out or was aborted), reading stops and the body is cancelled, even when the `fetch`
 * that made the response ignores the signal.
 */
export async function readBody(response: Response, maxBytes: number, abort?: AbortSignal, framed = false): Promise<string> {
  const { headers } = response;
  const length = framed && headers.get('content-length');
  if (length && LENGTH.test(length) && +length <= maxBytes && !headers.has('content-encoding') && !headers.has('transfer-encoding')) return response.text();
  const reader = response.body?.getReader();
  const gathered = new Gather();
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) break;
    const { value } = chunk as { value: unknown };
    if (!(value instanceof Uint8Array)) throw new TypeError('a chunk of the response body is not a Uint8Array');
    const over = gathered.size + value.byteLength > maxBytes;
    if (over || abort?.aborted) {
      reader!.cancel().catch(() => {});
      throw over ? tooLarge(maxBytes) : abort!.reason;
    }
    gathered.add(value);
  }
  return DECODER.decode(gathered.bytes());
}
