import type { StreamedBody } from './streamed-body.js';

/**
 * A request body held in memory as its parts (text encoded once, bytes as
 * the caller's own views, Blobs by reference): written part after part,
 * never joined into one copy. Its size is known and it can be sent any
 * number of times. A browser, whose fetch takes no stream, sends `new Blob(parts)`.
 */
export interface PartsBody extends StreamedBody {
  readonly size: number;
  readonly parts: (Uint8Array<ArrayBuffer> | Blob)[];
}
