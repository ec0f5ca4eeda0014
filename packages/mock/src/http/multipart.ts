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

/** Splits a complete multipart/form-data body into its parts (`@fastify/busboy`); malformed input is a 400. */
export function readParts(raw: Buffer, contentType: string): Promise<RawPart[]> {
  return new Promise((resolve, reject) => {
    const parts: Promise<RawPart>[] = [];
    let boy: BusboyInstance;
    try {
      // Every part is read as bytes: whether it is a file is decided by `isFilePart`, not by busboy's header rule.
      boy = new Busboy({ headers: { 'content-type': contentType }, isPartAFile: () => true });
    } catch {
      return reject(new MockHttpError(400, 'Malformed multipart/form-data body'));
    }
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
    boy.on('error', () => reject(new MockHttpError(400, 'Malformed multipart/form-data body')));
    boy.on('finish', () => Promise.all(parts).then(resolve, () => reject(new MockHttpError(400, 'Malformed multipart/form-data body'))));
    boy.end(raw);
  });
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
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
