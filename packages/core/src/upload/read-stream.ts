import { ImgurUploadError } from '../errors/usage-errors.js';
import { SNIFF_BYTES } from './upload-limits.js';
import { chunksOf } from '../util/chunks-of.js';
import type { SourceStream, StreamReader } from '../types/source-stream.js';

// The length of a Node file stream (`fs.createReadStream`) not yet read, from its file; node:fs is looked up at run time, so no build imports it.
async function fileStreamSize({ path, bytesRead, start = 0, end = Infinity }: { path?: unknown; bytesRead?: unknown; start?: number; end?: number }): Promise<number | undefined> {
  const fs = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('fs') as typeof import('node:fs') | undefined;
  try {
    const stat = typeof path === 'string' && bytesRead === 0 ? await fs?.promises.stat(path) : undefined;
    return stat?.isFile() ? Math.max(0, Math.min(stat.size, end + 1) - start) : undefined;
  } catch {}
}

/**
 * The `StreamReader` of every build but the browser's: reads ahead the head
 * of a web ReadableStream or a Node Readable (any async iterable of bytes or
 * strings) and returns a `SourceStream` that is read while it is sent, never
 * held whole; a Node file stream not yet read gets its size from its file.
 */
export const readStream: StreamReader = async (source, where): Promise<SourceStream> => {
  const fail = (why: string, cause?: unknown): ImgurUploadError => new ImgurUploadError(`${where}: ${why}`, { cause });
  const s = source as Partial<ReadableStream<Uint8Array>> & Parameters<typeof fileStreamSize>[0];
  const it = (s.getReader ? chunksOf(s as ReadableStream<Uint8Array>) : (source as AsyncIterable<unknown>))[Symbol.asyncIterator]();
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
  // The first read starts the iterator, which listens for the stream's errors: a file stream that fails to open
  // while its size is looked up must not find no listener (an uncaught 'error'). The size is taken first, before any byte is read.
  const [size, first] = await Promise.all([fileStreamSize(s), next()]);
  const head: Uint8Array[] = [];
  let chunk = first;
  for (let got = 0; chunk; chunk = await next()) {
    head.push(chunk);
    if ((got += chunk.length) >= SNIFF_BYTES) break;
  }
  let ended = !chunk;
  let used = false;
  return {
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
  };
};
