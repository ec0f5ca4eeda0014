import type { PartsBody } from '../types/parts-body.js';
import { chunksOf } from '../util/chunks-of.js';

/** A `PartsBody` of `parts` (strings encoded as UTF-8, bytes and Blobs kept as they are): each call of `chunks` reads them all again. */
export function partsBody(parts: readonly (string | Uint8Array<ArrayBuffer> | Blob)[]): PartsBody {
  const encoder = new TextEncoder();
  const held = parts.map((p) => (typeof p === 'string' ? encoder.encode(p) : p));
  let size = 0;
  for (const p of held) size += p instanceof Blob ? p.size : p.length;
  return {
    size,
    parts: held,
    async *chunks() {
      for (const p of held) {
        if (p instanceof Blob) yield* chunksOf(p.stream());
        else if (p.length) yield p;
      }
    },
  };
}
