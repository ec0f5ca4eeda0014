import { ImgurUploadError } from '../errors/usage-errors.js';
import { SNIFF_BYTES } from './upload-limits.js';

/** A stream source, read ahead only far enough to recognise it. */
export interface SourceStream {
  /** The first bytes (at least `SNIFF_BYTES` unless the stream is shorter), already read. */
  readonly head: Uint8Array;
  /** The stream's length when known (a file stream: from its file's size), else undefined. */
  readonly size: number | undefined;
  /**
   * The whole stream, head included, as it is read, counted against `max`
   * (`ImgurUploadError` naming `limit` past it, or when it differs from a
   * known `size`). Can be called again only while nothing past the head has
   * been read from the source; closing the iterator early closes the source.
   */
  readonly read: (max: number, limit: string) => AsyncIterable<Uint8Array>;
}

type Pull = () => Promise<IteratorResult<unknown>>;

// The length of a Node file stream (`fs.createReadStream`) not yet read, from its file; looked up at run time, so no build imports node:fs.
async function fileStreamSize(s: { path?: unknown; bytesRead?: unknown; start?: number; end?: number }): Promise<number | undefined> {
  const fs = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('fs') as typeof import('node:fs') | undefined;
  if (typeof s.path !== 'string' || s.bytesRead !== 0 || !fs) return;
  try {
    const stat = await fs.promises.stat(s.path);
    return stat.isFile() ? Math.max(0, Math.min(stat.size, (s.end ?? Infinity) + 1) - (s.start ?? 0)) : undefined;
  } catch {}
}

/**
 * Turns any byte source into a Blob, bytes or a `SourceStream`: Blob/File as
 * is, ArrayBuffer and views (Buffer included) as a Uint8Array view of the
 * same memory (not a copy), web ReadableStreams and Node Readables (any async
 * iterable of bytes or strings; detected by shape, no node: imports) as a
 * stream that is read while it is sent, never held whole.
 */
export async function readSource(source: unknown, where: string): Promise<{ file: Blob | Uint8Array<ArrayBuffer> | SourceStream; name?: string }> {
  const fail = (why: string, cause?: unknown): ImgurUploadError => new ImgurUploadError(`${where}: ${why}`, { cause });
  if (source instanceof Blob) return { file: source, name: (source as Partial<File>).name };
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    return { file: (ArrayBuffer.isView(source) ? new Uint8Array(source.buffer, source.byteOffset, source.byteLength) : new Uint8Array(source)) as Uint8Array<ArrayBuffer> };
  }
  const s = source as (Partial<ReadableStream<Uint8Array> & AsyncIterable<unknown>> & Parameters<typeof fileStreamSize>[0]) | null;
  let close: () => unknown;
  let pull: Pull;
  if (s?.getReader) {
    const reader = s.getReader();
    pull = () => reader.read();
    close = () => reader.cancel();
  } else if (s?.[Symbol.asyncIterator]) {
    const iterator = s[Symbol.asyncIterator]!();
    pull = () => iterator.next();
    close = () => iterator.return?.();
  } else throw fail(`unsupported upload source (${s === null ? 'null' : typeof s}); pass bytes, a Blob, a stream, a URL or base64.`);
  const size = await fileStreamSize(s);
  // The next chunk as bytes; a failing source or a chunk that is not bytes is an ImgurUploadError.
  const next = async (): Promise<Uint8Array | undefined> => {
    let got: IteratorResult<unknown>;
    try {
      got = await pull();
    } catch (error) {
      throw fail(`reading the stream failed: ${(error as Error)?.message ?? error}`, error);
    }
    const part = got.value;
    if (got.done) return;
    if (part instanceof Uint8Array) return part;
    if (typeof part === 'string') return new TextEncoder().encode(part);
    throw fail(`stream produced a ${typeof part} chunk; expected bytes.`);
  };
  const head: Uint8Array[] = [];
  let ended = false;
  try {
    for (let got = 0, chunk: Uint8Array | undefined; got < SNIFF_BYTES; got += chunk.length) {
      if (!(chunk = await next())) {
        ended = true;
        break;
      }
      head.push(chunk);
    }
  } catch (error) {
    await Promise.resolve(close()).catch(() => {});
    throw error;
  }
  let started = false;
  return {
    file: {
      head: head.length === 1 ? head[0]! : new Uint8Array(await new Blob(head as Uint8Array<ArrayBuffer>[]).arrayBuffer()),
      size,
      async *read(max, limit) {
        if (started) throw fail('a stream can be sent only once, and this request had to be sent again (a retry, a redirect or a token refresh); upload bytes, a Blob or a file (fileFromPath) to allow that.');
        let count = 0;
        const counted = (chunk: Uint8Array): Uint8Array => {
          if ((count += chunk.length) > max) throw fail(`stream is larger than ${max} bytes, ${limit}; nothing more was sent.`);
          if (size !== undefined && count > size) throw fail(`stream is longer than its file's ${size} bytes (it changed while it was sent).`);
          return chunk;
        };
        for (const chunk of head) yield counted(chunk);
        started = true;
        let complete = ended;
        try {
          for (let chunk: Uint8Array | undefined; !complete && (chunk = await next()); ) yield counted(chunk);
          complete = true;
        } finally {
          if (!complete) await Promise.resolve(close()).catch(() => {});
        }
        if (size !== undefined && count !== size) throw fail(`stream ended after ${count} of its file's ${size} bytes (it changed while it was sent).`);
      },
    },
  };
}
