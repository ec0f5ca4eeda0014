import { ImgurResponseTooLargeError } from '../errors/transport-errors.js';

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
 * The chunks are kept as they come and decoded once at the end (a body of one chunk without a copy).
 * `lengthShown`: the response shows every header (not a browser's cross-origin one, which hides
 * `Content-Encoding`); then a body with a `Content-Length` within `maxBytes` and no content coding, which
 * fetch delivers whole and no longer, is read with `text()`, without a reader (in Deno a reader costs about
 * as much as the rest of a small GET; see BENCHMARKS.md).
 */
export async function readBody(response: Response, maxBytes: number, lengthShown = false): Promise<string> {
  const { headers } = response;
  const length = lengthShown && headers.get('content-length');
  if (length && LENGTH.test(length) && +length <= maxBytes && !headers.has('content-encoding')) return response.text();
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) break;
    const { value } = chunk as { value: unknown };
    if (!(value instanceof Uint8Array)) throw new TypeError('a chunk of the response body is not a Uint8Array');
    if ((size += value.byteLength) > maxBytes) {
      reader!.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  if (chunks.length < 2) return DECODER.decode(chunks[0]);
  const all = new Uint8Array(size);
  size = 0;
  for (const chunk of chunks) {
    all.set(chunk, size);
    size += chunk.byteLength;
  }
  return DECODER.decode(all);
}
