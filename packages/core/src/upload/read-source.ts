import { ImgurUploadError } from '../errors/usage-errors.js';
import type { SourceStream, StreamReader } from '../types/source-stream.js';
import { collectStream } from './collect-stream.js';

/**
 * Turns any byte source into a Blob, bytes or a `SourceStream`: Blob/File as
 * is, ArrayBuffer and views (Buffer included) as a Uint8Array view of the
 * same memory (not a copy), web ReadableStreams and Node Readables (any async
 * iterable of bytes or strings; detected by shape, no node: imports) by the
 * client's `readStream` (streamed as read on Node, Deno, Bun and workers; by
 * default, as in browsers, read whole into a Blob).
 */
export async function readSource(
  source: unknown,
  where: string,
  readStream: StreamReader = collectStream,
): Promise<{ file: Blob | Uint8Array<ArrayBuffer> | SourceStream; name?: string }> {
  const fail = (why: string, cause?: unknown): ImgurUploadError => new ImgurUploadError(`${where}: ${why}`, { cause });
  if (source instanceof Blob) return { file: source, name: (source as Partial<File>).name };
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    return { file: (ArrayBuffer.isView(source) ? new Uint8Array(source.buffer, source.byteOffset, source.byteLength) : new Uint8Array(source)) as Uint8Array<ArrayBuffer> };
  }
  const s = source as Partial<ReadableStream<Uint8Array> & AsyncIterable<unknown>> | null;
  if (!s?.getReader && !s?.[Symbol.asyncIterator]) throw fail(`unsupported upload source (${s === null ? 'null' : typeof s}); pass bytes, a Blob, a stream, a URL or base64.`);
  return { file: await readStream(s as AsyncIterable<unknown>, where) };
}
