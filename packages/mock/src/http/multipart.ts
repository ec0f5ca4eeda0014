import { isUtf8 } from 'node:buffer';
import { Busboy, type BusboyInstance } from '@fastify/busboy';
import { MockHttpError } from './errors.js';
import { sniff } from './sniff.js';

/** One part of a multipart body, with its bytes as sent. */
export interface RawPart {
  readonly name: string;
  readonly filename: string | undefined;
  readonly type: string;
  readonly bytes: Buffer;
}

/**
 * Splits a complete multipart/form-data body into its parts (`@fastify/busboy`, one linear pass fed in slices, so other
 * requests are served meanwhile); malformed input is a 400, and so is a body of more than `maxParts` parts.
 */
export function readParts(raw: Buffer, contentType: string, maxParts: number): Promise<RawPart[]> {
  const tooMany = (): MockHttpError => new MockHttpError(400, `Too many parts in the multipart body: at most ${maxParts} are read (limits.maxParts)`);
  // Counted first with a native byte search: busboy would walk every part past the limit too.
  if (countDelimiters(raw, boundaryOf(contentType), maxParts + 1) > maxParts + 1) return Promise.reject(tooMany());
  return new Promise((resolve, reject) => {
    const parts: Promise<RawPart>[] = [];
    let boy: BusboyInstance;
    try {
      // Every part is read as bytes: whether it is a file is decided by `isFilePart`, not by busboy's header rule.
      boy = new Busboy({
        headers: { 'content-type': contentType },
        isPartAFile: () => true,
        limits: { parts: maxParts, files: maxParts, headerPairs: 20 },
      });
    } catch {
      return reject(new MockHttpError(400, 'Malformed multipart/form-data body'));
    }
    boy.on('partsLimit', () => fail(tooMany()));
    boy.on('filesLimit', () => fail(tooMany()));
    boy.on('file', (name, stream, filename, _encoding, type) => {
      parts.push(
        new Promise((done, fail) => {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', fail);
          stream.on('end', () => done({ name, filename, type, bytes: Buffer.concat(chunks) }));
        }),
      );
    });
    boy.on('error', () => fail(new MockHttpError(400, 'Malformed multipart/form-data body')));
    let settled = false;
    const fail = (e: MockHttpError): void => {
      settled = true;
      reject(e);
    };
    boy.on('finish', () => Promise.all(parts).then(resolve, () => fail(new MockHttpError(400, 'Malformed multipart/form-data body'))));
    void feed(boy, raw, () => settled);
  });
}

/** Bytes handed to the parser between two turns of the event loop: a body of many small parts never blocks it long. */
const SLICE = 4096;

async function feed(boy: BusboyInstance, raw: Buffer, stop: () => boolean): Promise<void> {
  for (let at = 0; at < raw.length && !stop(); at += SLICE) {
    boy.write(raw.subarray(at, at + SLICE));
    await new Promise((r) => setImmediate(r));
  }
  if (!stop()) boy.end();
}

/**
 * A part without a file name is a file when its field is binary in the spec (`format: binary`, e.g. `image`)
 * and its bytes are not plain UTF-8 text or carry a media signature: `requests`' `files={'image': (None, data)}`
 * and `form-data`'s Buffer parts stay files, `image=<base64>` stays text. Other parts are text; invalid UTF-8 there is a 400.
 */
export function isFilePart(part: RawPart, binary: boolean): boolean {
  if (part.filename !== undefined) return true;
  const utf8 = validUtf8(part.bytes);
  if (binary && (!utf8 || sniff(part.bytes) !== undefined)) return true;
  if (!utf8) throw new MockHttpError(400, `Request body is not valid UTF-8 (field \`${part.name}\`)`);
  return false;
}

function validUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

/** The `boundary` parameter of a multipart content type ('' when absent: busboy then reports the body malformed). */
function boundaryOf(contentType: string): string {
  const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m?.[1] ?? m?.[2] ?? '';
}

/** How many `--boundary` delimiters the body holds, counting no further than `stop + 1`. */
function countDelimiters(raw: Buffer, boundary: string, stop: number): number {
  if (boundary === '') return 0;
  const needle = Buffer.from(`--${boundary}`);
  let n = 0;
  for (let i = raw.indexOf(needle); i !== -1 && n <= stop; i = raw.indexOf(needle, i + needle.length)) n++;
  return n;
}
