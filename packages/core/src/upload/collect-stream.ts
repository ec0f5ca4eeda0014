import { ImgurUploadError } from '../errors/usage-errors.js';
import type { StreamReader } from '../types/source-stream.js';
import { chunksOf } from '../util/chunks-of.js';
import { MAX_VIDEO_BYTES } from './upload-limits.js';

/**
 * The `StreamReader` of the browser build: reads a stream whole into a Blob
 * (at most `MAX_VIDEO_BYTES`, the largest upload Imgur takes), which the
 * browser then sends like any File. Browsers' fetch sends streamed request
 * bodies over HTTP/2 only, and `XMLHttpRequest` none at all.
 */
export const collectStream: StreamReader = async (source, where) => {
  const fail = (why: string, cause?: unknown): ImgurUploadError => new ImgurUploadError(`${where}: ${why}`, { cause });
  const parts: BlobPart[] = [];
  let total = 0;
  try {
    for await (const part of (source as ReadableStream<Uint8Array>).getReader ? chunksOf(source as ReadableStream<Uint8Array>) : (source as AsyncIterable<unknown>)) {
      const chunk = typeof part === 'string' ? new TextEncoder().encode(part) : part;
      if (!(chunk instanceof Uint8Array)) throw fail(`stream produced a ${typeof part} chunk; expected bytes.`);
      if ((total += chunk.length) > MAX_VIDEO_BYTES) throw fail(`stream is larger than ${MAX_VIDEO_BYTES} bytes, the upload limit.`);
      parts.push(chunk as Uint8Array<ArrayBuffer>);
    }
  } catch (error) {
    throw error instanceof ImgurUploadError ? error : fail(`reading the stream failed: ${(error as Error)?.message ?? error}`, error);
  }
  return new Blob(parts);
};
