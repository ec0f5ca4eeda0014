import type { OperationMeta } from '../types/operation-meta.js';
import type { StreamedBody } from '../types/streamed-body.js';
import type { StreamReader } from '../types/source-stream.js';
import { fieldName, forEachField } from './field-name.js';
import { normalizeUpload } from '../upload/normalize-upload.js';
import { encodeMultipart, type MultipartPart } from '../upload/multipart.js';

/**
 * Encodes the body fields of `input` as `meta.body.encoding` says: multipart
 * (files for binary fields, repeated fields for arrays; see `encodeMultipart`),
 * form or JSON. Multipart and JSON set `Content-Type` on `headers`; fetch
 * derives it for forms. The body can be sent again by every attempt. Returns
 * undefined when the input holds no body field. Stream sources are read by `readStream`.
 */
export async function encodeBody(
  meta: OperationMeta,
  input: Readonly<Record<string, unknown>>,
  headers: Record<string, string>,
  readStream?: StreamReader,
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
      const up = await normalizeUpload(input[key], `${meta.id}: field "${key}"`, readStream);
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
