import { ImgurUploadError } from '../errors/usage-errors.js';
import { SNIFF_BYTES } from './upload-limits.js';
import { chunksOf } from '../util/chunks-of.js';

/** A stream source, read ahead only far enough to recognise it. */
export interface SourceStream {
  /** The first bytes (at least `SNIFF_BYTES` unless the stream is shorter), already read. */
  readonly head: Uint8Array;
  /** The stream's length when known (a file stream: from its file's size), else undefined. */
  readonly size: number | undefined;
  /**
   * The whole stream, head included, as it is read, counted against `max`
   * (`ImgurUploadError` naming `limit` past it, or when it differs from a
   * known `size`). Once only: a second call throws `ImgurUploadError`. The
   * source is closed when the iterator ends, early or not.
   */
  readonly read: (max: number, limit: string) => AsyncIterable<Uint8Array>;
}

// The length of a Node file stream (`fs.createReadStream`) not yet read, from its file; node:fs is looked up at run time, so no build imports it.
async function fileStreamSize({ path, bytesRead, start = 0, end = Infinity }: { path?: unknown; bytesRead?: unknown; start?: number; end?: number }): Promise<number | undefined> {
  const fs = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('fs') as typeof import('node:fs') | undefined;
  try {
    const stat = typeof path === 'string' && bytesRead === 0 ? await fs?.promises.stat(path) : undefined;
    return stat?.isFile() ? Math.max(0, Math.min(stat.size, end + 1) - start) : undefined;
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
  const s = source as (Partial<ReadableStream<Uint8Array>> & Parameters<typeof fileStreamSize>[0]) | null;
  const it = (s?.getReader ? chunksOf(s as ReadableStream<Uint8Array>) : (s as Partial<AsyncIterable<unknown>> | null))?.[Symbol.asyncIterator]?.();
  if (!it) throw fail(`unsupported upload source (${s === null ? 'null' : typeof s}); pass bytes, a Blob, a stream, a URL or base64.`);
  const close = (): unknown => it.return?.()?.catch(() => {});
  // The next chunk as bytes, undefined at the end; a failing source or a chunk that is not bytes is an ImgurUploadError.
  const next = async (): Promise<Uint8Array | undefined> => {
    let got: IteratorResult<unknown>;
    try {
      got = await it.next();
    } catch (error) {
      throw fail(`reading the stream failed: ${(error as Error)?.message ?? error}`, error);
    }
    const part = got.done ? new Uint8Array() : got.value;
    if (part instanceof Uint8Array) return part.length || !got.done ? part : undefined;
    if (typeof part === 'string') return new TextEncoder().encode(part);
    await close();
    throw fail(`stream produced a ${typeof part} chunk; expected bytes.`);
  };
  const size = await fileStreamSize(s ?? {});
  const head: Uint8Array[] = [];
  let chunk: Uint8Array | undefined;
  for (let got = 0; got < SNIFF_BYTES && (chunk = await next()); got += chunk.length) head.push(chunk);
  let ended = !chunk;
  let used = false;
  return {
    file: {
      head: new Uint8Array(await new Blob(head as Uint8Array<ArrayBuffer>[]).arrayBuffer()),
      size,
      async *read(max, limit) {
        if (used)
          throw fail(
            'a stream can be sent only once, and this request had to be sent again (a retry, a redirect or a token refresh); upload bytes, a Blob or a file (fileFromPath) to allow that',
          );
        used = true;
        let count = 0;
        const changed = (): ImgurUploadError => fail(`stream gave ${count} bytes where its file has ${size} (it changed while it was sent)`);
        try {
          for (let i = 0; (chunk = i < head.length ? head[i++] : ended ? undefined : await next()); ) {
            if ((count += chunk.length) > max) throw fail(`stream is larger than ${max} bytes, ${limit}; the upload was stopped`);
            if (count > (size ?? Infinity)) throw changed();
            yield chunk;
          }
          ended = true;
        } finally {
          if (!ended) await close();
        }
        if (size !== undefined && count !== size) throw changed();
      },
    },
  };
}
