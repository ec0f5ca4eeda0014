import type { StreamedBody } from '../types/streamed-body.js';
import { isStreamed } from './is-streamed.js';

/** The largest piece of a body written at once: progress is reported at least this often. */
export const PIECE_BYTES = 64 * 1024;

/** A body transports can write piece by piece. */
export type PieceBody = string | Uint8Array | Blob | StreamedBody;

/** Whether `body` is a body `pieces` can write (a string, bytes, a Blob or a streamed body). */
export const isPieceBody = (body: unknown): body is PieceBody => typeof body === 'string' || body instanceof Uint8Array || body instanceof Blob || isStreamed(body);

/** The length of a body in bytes; undefined for a stream of unknown length. */
const sizeOf = (body: PieceBody): number | undefined =>
  typeof body === 'string' ? new TextEncoder().encode(body).length : body instanceof Uint8Array ? body.length : body instanceof Blob ? body.size : body.size;

async function* chunksOf(body: PieceBody): AsyncGenerator<Uint8Array> {
  if (typeof body === 'string') yield new TextEncoder().encode(body);
  else if (body instanceof Uint8Array) yield body;
  else if (body instanceof Blob) {
    const reader = body.stream().getReader();
    try {
      for (let r: ReadableStreamReadResult<Uint8Array>; !(r = await reader.read()).done; ) yield r.value;
    } finally {
      reader.cancel().catch(() => {});
    }
  } else yield* body.chunks();
}

/**
 * The bytes of `body` in pieces of at most `PIECE_BYTES`, read as they are
 * asked for (a Blob or a streamed body is never held whole). Closing the
 * generator early closes the source.
 */
export async function* pieces(body: PieceBody): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunksOf(body)) {
    for (let at = 0; at < chunk.length; at += PIECE_BYTES) yield chunk.subarray(at, at + PIECE_BYTES);
  }
}

/**
 * A `ReadableStream` of `body` (for a fetch with `duplex: 'half'`) that
 * reports the bytes pulled so far to `onProgress`, and `loaded === total` once
 * all is pulled (`total` then set to `loaded` when it was unknown).
 */
export function progressStream(body: PieceBody, onProgress: ((loaded: number, total: number | undefined) => void) | undefined): ReadableStream<Uint8Array> {
  const total = sizeOf(body);
  const source = pieces(body);
  let loaded = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await source.next();
        if (next.done) {
          controller.close();
          onProgress?.(loaded, loaded);
        } else {
          controller.enqueue(next.value);
          loaded += next.value.length;
          if (loaded !== total) onProgress?.(loaded, total);
        }
      },
      async cancel() {
        await source.return(undefined);
      },
    },
    { highWaterMark: 0 },
  );
}
