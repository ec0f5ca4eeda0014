import { ImgurUploadError } from '../errors/usage-errors.js';

async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (let r: ReadableStreamReadResult<Uint8Array>; !(r = await reader.read()).done; ) yield r.value;
  } finally {
    reader.releaseLock();
  }
}

/**
 * Turns any byte source into a Blob or bytes: Blob/File as is, ArrayBuffer
 * and views (Buffer included) as a Uint8Array view of the same memory (not a
 * copy), web ReadableStreams and Node Readables (any async iterable of bytes
 * or strings; detected by shape, no node: imports) as a Blob. Streams are
 * read up to `maxBytes`.
 */
export async function readSource(source: unknown, maxBytes: number, where: string): Promise<{ file: Blob | Uint8Array<ArrayBuffer>; name?: string }> {
  const fail = (why: string): ImgurUploadError => new ImgurUploadError(`${where}: ${why}`);
  if (source instanceof Blob) return { file: source, name: (source as Partial<File>).name };
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    return { file: (ArrayBuffer.isView(source) ? new Uint8Array(source.buffer, source.byteOffset, source.byteLength) : new Uint8Array(source)) as Uint8Array<ArrayBuffer> };
  }
  const s = source as Partial<ReadableStream<Uint8Array> & AsyncIterable<unknown>> | null;
  const chunks = s?.getReader ? chunksOf(s as ReadableStream<Uint8Array>) : s?.[Symbol.asyncIterator] ? (s as AsyncIterable<unknown>) : undefined;
  if (!chunks) {
    throw fail(`unsupported upload source (${s === null ? 'null' : typeof s}); pass bytes, a Blob, a stream, a URL or base64.`);
  }
  const parts: BlobPart[] = [];
  let total = 0;
  for await (const part of chunks) {
    const chunk = typeof part === 'string' ? new TextEncoder().encode(part) : part;
    if (!(chunk instanceof Uint8Array)) throw fail(`stream produced a ${typeof part} chunk; expected bytes.`);
    if ((total += chunk.byteLength) > maxBytes) throw fail(`stream is larger than ${maxBytes} bytes, the upload limit.`);
    parts.push(chunk as Uint8Array<ArrayBuffer>);
  }
  return { file: new Blob(parts) };
}
