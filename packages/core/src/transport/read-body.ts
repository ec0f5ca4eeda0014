import { ImgurResponseTooLargeError } from '../errors/transport-errors.js';

/** The error of a body past `maxBytes`. */
export const tooLarge = (maxBytes: number): ImgurResponseTooLargeError =>
  new ImgurResponseTooLargeError(`response body larger than maxResponseBytes (${maxBytes} bytes); the request was aborted`);

/**
 * Reads a fetch `Response` body as UTF-8 text (a leading BOM dropped, as
 * `text()` does), counting the bytes as they arrive (after decompression).
 * Cancels the body and throws `ImgurResponseTooLargeError` past `maxBytes`.
 */
export async function readBody(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) return text + decoder.decode();
    if ((size += chunk.value.byteLength) > maxBytes) {
      reader!.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
}
