import type { OperationMeta } from '../types/operation-meta.js';
import type { StreamedBody } from '../types/streamed-body.js';
import { ImgurUsageError } from '../errors/usage-errors.js';
import { fieldName, forEachField } from './field-name.js';
import type { NormalizedUpload } from '../upload/normalize-upload.js';
import { encodeMultipart, type MultipartPart } from '../upload/multipart.js';

/** Reads one file field into a part (`normalizeUpload` with the client's stream reader). */
export type FileReader = (source: unknown, where: string) => Promise<NormalizedUpload>;

/**
 * Encodes the body fields of `input` as `meta.body.encoding` says: multipart
 * (files for binary fields, repeated fields for arrays; see `encodeMultipart`),
 * form or JSON. Multipart and JSON set `Content-Type` on `headers`; fetch
 * derives it for forms. The body can be sent again by every attempt. Returns
 * undefined when the input holds no body field. Files (binary fields) are read
 * by `files`: only operations made with `defineUploadOperation` have it, so
 * apps that upload nothing bundle none of the file reading.
 */
export async function encodeBody(
  meta: OperationMeta,
  input: Readonly<Record<string, unknown>>,
  headers: Record<string, string>,
  files?: FileReader,
): Promise<BodyInit | StreamedBody | undefined> {
  const { encoding, fields, binary = [] } = meta.body!;
  if (encoding === 'json') {
    const json: Record<string, unknown> = {};
    for (const f of fields) {
      const { key, wire } = fieldName(f);
      if (input[key] !== undefined) json[wire] = input[key];
    }
    if (!Object.keys(json).length) return undefined;
    headers['content-type'] = 'application/json';
    return JSON.stringify(json);
  }
  const parts: MultipartPart[] = [];
  let sentAs: string | undefined;
  for (const f of fields) {
    const { key, wire } = fieldName(f);
    if (!binary.includes(key)) forEachField([f], input, (w, v) => parts.push([w, String(v)]));
    else if (input[key] != null) {
      const where = `${meta.id}: field "${key}"`;
      if (!files) throw new ImgurUsageError(`${where} is a file, and ${meta.id} was not made with defineUploadOperation, which reads files.`);
      const up = await files(input[key], where);
      // Imgur takes videos in the `video` field; the kind comes from the bytes.
      const target = wire === 'image' && up.media === 'video' ? 'video' : wire;
      parts.push(up.kind === 'file' ? [target, up.file, up.name, up.type] : [target, up.value]);
      sentAs = up.kind;
    }
  }
  if (sentAs && fields.some((f) => fieldName(f).wire === 'type') && !parts.some(([w]) => w === 'type')) parts.push(['type', sentAs]);
  if (!parts.length) return undefined;
  if (encoding === 'form') return new URLSearchParams(parts.map(([w, v]) => [w, typeof v === 'string' ? v : '']));
  const { body, contentType } = await encodeMultipart(parts);
  headers['content-type'] = contentType;
  return body;
}
