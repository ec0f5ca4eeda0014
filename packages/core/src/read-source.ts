import { ImgurUploadError } from './errors/usage-errors.js';

type Chunk = Uint8Array<ArrayBuffer>;

function toChunk(part: unknown, where: string): Chunk {
  if (typeof part === 'string') return new TextEncoder().encode(part);
  if (part instanceof Uint8Array) return new Uint8Array(part.buffer, part.byteOffset, part.byteLength) as Chunk;
  throw new ImgurUploadError(`${where}: stream produced a ${typeof part} chunk; expected bytes.`);
}

async function drain(chunks: AsyncIterable<unknown>, maxBytes: number, where: string): Promise<Blob> {
  const parts: Chunk[] = [];
  let total = 0;
  for await (const part of chunks) {
    const chunk = toChunk(part, where);
    total += chunk.byteLength;
    if (total > maxBytes) throw new ImgurUploadError(`${where}: stream is larger than ${maxBytes} bytes, the upload limit.`);
    parts.push(chunk);
  }
  return new Blob(parts);
}

async function* readerChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * Turns any byte source into a Blob: Blob/File as is, ArrayBuffer and views
 * (Buffer included), web ReadableStreams and Node Readables (any async
 * iterable; detected by shape, no node: imports). Streams are read up to `maxBytes`.
 */
export async function readSource(source: unknown, maxBytes: number, where: string): Promise<{ blob: Blob; name?: string }> {
  if (source instanceof Blob) {
    const name = (source as Partial<File>).name;
    return name ? { blob: source, name } : { blob: source };
  }
  if (source instanceof ArrayBuffer) return { blob: new Blob([source]) };
  if (ArrayBuffer.isView(source)) {
    return { blob: new Blob([new Uint8Array(source.buffer as ArrayBuffer, source.byteOffset, source.byteLength)]) };
  }
  if (source && typeof (source as ReadableStream).getReader === 'function') {
    return { blob: await drain(readerChunks(source as ReadableStream<Uint8Array>), maxBytes, where) };
  }
  if (source && typeof (source as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
    return { blob: await drain(source as AsyncIterable<unknown>, maxBytes, where) };
  }
  throw new ImgurUploadError(
    `${where}: unsupported upload source (${source === null ? 'null' : typeof source}); pass a Blob, File, Uint8Array, ArrayBuffer, stream, URL, data URL or base64 string.`,
  );
}
