import { hex } from '../util/hex.js';
import { chunksOf } from '../util/chunks-of.js';
import type { StreamedBody } from '../types/streamed-body.js';
import type { PartsBody } from '../types/parts-body.js';
import { partsBody } from './parts-body.js';

/** One multipart field: a text value, or a file (bytes, a Blob or a streamed body) with its file name and MIME type. */
export type MultipartPart = readonly [name: string, value: string] | readonly [name: string, value: Uint8Array<ArrayBuffer> | Blob | StreamedBody, filename: string, type: string];

/** Bodies up to this size are sent as bytes (fetch writes them at once); larger ones as their parts (bytes as given, never copied; see `PartsBody`) or, when every file is a Blob, as a Blob that references them. */
export const MULTIPART_BUFFER_BYTES = 4 * 1024 * 1024;

// A random prefix per process (crypto.getRandomValues once; it is slow per call in Node) and a counter: unpredictable and unique.
let prefix: string | undefined;
let count = 0;

const crlf = (s: string): string => s.replace(/\r?\n|\r/g, '\r\n');
// Names and file names as the WHATWG multipart/form-data encoding writes them: LF, CR and `"` percent-encoded.
const quote = (s: string): string => s.replace(/[\n\r"]/g, encodeURIComponent);

/**
 * Encodes fields as `multipart/form-data` with a boundary that is random
 * (`crypto.getRandomValues`) and unique per body, byte for byte what `FormData` produces
 * (names and file names escaped, text line breaks as CRLF), without the cost
 * of `FormData` in Node's fetch. Files keep the given MIME type. A large body
 * with a file given as bytes is a `PartsBody`: the bytes are written as they
 * are, not copied into the body. With a
 * streamed file the body is a `StreamedBody` (its size known when the
 * stream's is), read as it is sent; otherwise it can be sent again by every
 * attempt. Returns the body and its `Content-Type`.
 */
export async function encodeMultipart(parts: readonly MultipartPart[]): Promise<{ body: Uint8Array<ArrayBuffer> | Blob | PartsBody | StreamedBody; contentType: string }> {
  const boundary = `----imgur-ts-${(prefix ??= hex(crypto.getRandomValues(new Uint8Array(12))))}${(count++).toString(36)}`;
  const contentType = `multipart/form-data; boundary=${boundary}`;
  // Runs of text and Blobs, split at each streamed file.
  const runs: (BlobPart[] | StreamedBody)[] = [[]];
  let run = runs[0] as BlobPart[];
  let bytes = false;
  for (const [name, value, filename, type] of parts) {
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="${quote(crlf(name))}"`;
    if (typeof value === 'string') run.push(`${head}\r\n\r\n${crlf(value)}\r\n`);
    else {
      run.push(`${head}; filename="${quote(filename!)}"\r\nContent-Type: ${type}\r\n\r\n`);
      if (value instanceof Blob || value instanceof Uint8Array) {
        run.push(value);
        bytes ||= value instanceof Uint8Array;
      } else runs.push(value, (run = []));
      run.push('\r\n');
    }
  }
  run.push(`--${boundary}--\r\n`);
  if (runs.length === 1) {
    const parts = partsBody(run as (string | Uint8Array<ArrayBuffer> | Blob)[]);
    if (parts.size <= MULTIPART_BUFFER_BYTES) return { body: new Uint8Array(await new Blob(parts.parts).arrayBuffer()), contentType };
    return { body: bytes ? parts : new Blob(parts.parts), contentType };
  }
  const blobs = runs.map((r) => (Array.isArray(r) ? new Blob(r) : r));
  let size: number | undefined = 0;
  for (const b of blobs) size = size === undefined || b.size === undefined ? undefined : size + b.size;
  return {
    body: {
      size,
      async *chunks() {
        for (const b of blobs) {
          yield* b instanceof Blob ? chunksOf(b.stream()) : b.chunks();
        }
      },
    },
    contentType,
  };
}
