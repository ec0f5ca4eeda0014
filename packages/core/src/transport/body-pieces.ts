import type { PartsBody } from '../types/parts-body.js';
import type { StreamedBody } from '../types/streamed-body.js';
import { isStreamed } from './is-streamed.js';
import { isPartsBody } from './is-parts-body.js';
import { chunksOf } from '../util/chunks-of.js';

/** The largest piece of a body written at once: progress is reported at least this often. */
export const PIECE_BYTES = 64 * 1024;
/** The largest piece of a body held in memory (a `PartsBody`) the fetch transport streams at once when no progress is asked for (the node:http transport writes each part whole): fewer turns of the event loop, no copy either way. */
export const HELD_PIECE_BYTES = 4 * 1024 * 1024;
/**
 * The largest piece of a body held in memory or in a Blob the node:http transport writes when it reports no progress:
 * bytes as views, a Blob as slices (one copy of a slice at a time, not a Blob stream's 64 KB chunks, a promise each).
 * The socket taking each piece is what restarts the timeout, so a link moving this much within `timeoutMs` never times out.
 */
const HELD_SLICE_BYTES = 1024 * 1024;
/** How many such pieces the node:http transport queues at most: the one the socket is taking, and those it takes next (queued behind it, they go out in one write: the socket shows progress at least every 3 MB). */
export const HELD_QUEUED = 4;

/** A body transports can write piece by piece. */
export type PieceBody = string | Uint8Array | Blob | StreamedBody;

/** Whether `body` is a body `pieces` can write (a string, bytes, a Blob or a streamed body). */
export const isPieceBody = (body: unknown): body is PieceBody => typeof body === 'string' || body instanceof Uint8Array || body instanceof Blob || isStreamed(body);

/** The length of a body in bytes; undefined for a stream of unknown length. */
const sizeOf = (body: PieceBody): number | undefined =>
  typeof body === 'string' ? new TextEncoder().encode(body).length : body instanceof Uint8Array ? body.length : body instanceof Blob ? body.size : body.size;

async function* bodyChunks(body: PieceBody): AsyncGenerator<Uint8Array> {
  if (typeof body === 'string') yield new TextEncoder().encode(body);
  else if (body instanceof Uint8Array) yield body;
  else yield* body instanceof Blob ? chunksOf(body.stream()) : body.chunks();
}

/**
 * The bytes of `body` in pieces of at most `max` bytes (views, not copies),
 * read as they are asked for (a Blob or a streamed body is never held whole).
 * Closing the generator early closes the source.
 */
export async function* pieces(body: PieceBody, max = PIECE_BYTES): AsyncGenerator<Uint8Array> {
  for await (const chunk of bodyChunks(body)) {
    for (let at = 0; at < chunk.length; at += max) yield chunk.subarray(at, at + max);
  }
}

/**
 * The bytes of a body held in memory (a `PartsBody`) or in a Blob, for a transport that reports no progress,
 * in pieces of at most `HELD_SLICE_BYTES`: bytes as views (not copies), Blobs read slice by slice.
 */
export async function* heldPieces(body: Blob | PartsBody): AsyncGenerator<Uint8Array> {
  for (const part of isPartsBody(body) ? body.parts : [body]) {
    if (!(part instanceof Blob)) for (let at = 0; at < part.length; at += HELD_SLICE_BYTES) yield part.subarray(at, at + HELD_SLICE_BYTES);
    else for (let at = 0; at < part.size; at += HELD_SLICE_BYTES) yield new Uint8Array(await part.slice(at, at + HELD_SLICE_BYTES).arrayBuffer());
  }
}

/** A body as a `ReadableStream`, with what the transport needs around it. */
export interface ProgressStream {
  readonly stream: ReadableStream<Uint8Array>;
  /** Closes the source (a no-op once it is read to the end): fetch may stop reading a body without cancelling it. */
  readonly close: () => void;
  /** The source's failure (an `ImgurUploadError` past the upload limit), which fetch reports as its own `TypeError`. */
  readonly failure: () => unknown;
}

/**
 * `body` as a `ReadableStream` (for a fetch with `duplex: 'half'`) that
 * reports the bytes pulled so far to `onProgress`, and `loaded === total` once
 * all is pulled (`total` then set to `loaded` when it was unknown), in
 * pieces of at most `max` bytes.
 */
export function progressStream(body: PieceBody, onProgress: ((loaded: number, total: number | undefined) => void) | undefined, max = PIECE_BYTES): ProgressStream {
  const total = sizeOf(body);
  const source = pieces(body, max);
  const close = (): void => void source.return(undefined).catch(() => {});
  let loaded = 0;
  let failure: unknown;
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let next: IteratorResult<Uint8Array>;
        try {
          next = await source.next();
        } catch (error) {
          throw (failure = error);
        }
        if (next.done) {
          controller.close();
          onProgress?.(loaded, loaded);
        } else {
          controller.enqueue(next.value);
          loaded += next.value.length;
          if (loaded !== total) onProgress?.(loaded, total);
        }
      },
      cancel: close,
    },
    { highWaterMark: 0 },
  );
  return { stream, close, failure: () => failure };
}
