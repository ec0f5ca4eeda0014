import { ImgurResponseTooLargeError } from '../errors/transport-errors.js';
import { Gather } from './gather.js';

/** The error of a body past `maxBytes`. */
export const tooLarge = (maxBytes: number): ImgurResponseTooLargeError =>
  new ImgurResponseTooLargeError(`response body larger than maxResponseBytes (${maxBytes} bytes); the request was aborted`);

/** One decoder for every body: each is decoded whole, in one call, so no state is kept between calls. */
const DECODER = /* @__PURE__ */ new TextDecoder();

/**
 * Reads a fetch `Response` body as UTF-8 text (a leading BOM dropped, as
 * `text()` does), counting the bytes as they arrive (after decompression).
 * Cancels the body and throws `ImgurResponseTooLargeError` past `maxBytes`.
 * A `Content-Length` is never trusted for the limit: Deno and Bun read a chunked body past it, and nothing tells
 * the runtime's own `fetch` from a replaced one that may say anything (see BENCHMARKS.md, where reading with
 * `text()` was measured and dropped). The pieces are gathered into one buffer as they come (see `Gather`: at most
 * `maxBytes` of it, however small the pieces) and decoded once at the end. Once `abort` has
 * aborted (the exchange timed out or was aborted), reading stops and the body is cancelled, even when the `fetch`
 * that made the response ignores the signal.
 */
export async function readBody(response: Response, maxBytes: number, abort?: AbortSignal): Promise<string> {
  const reader = response.body?.getReader();
  const gathered = new Gather(maxBytes);
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
