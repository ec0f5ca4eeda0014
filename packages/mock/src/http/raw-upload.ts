import type { ParsedBody } from './body.js';
import { utf8 } from './body.js';
import { sniff } from './sniff.js';

/**
 * An upload whose body is the file itself, as small uploaders send it to `POST /3/upload`: no content type,
 * `application/octet-stream` or an `image/*` / `video/*` type carry the file's bytes; `text/plain` carries base64
 * text (or a URL). Other fields may come in the query string. `undefined` for operations without a binary
 * `image` field and for every other content type (those are parsed as forms or JSON).
 */
export function rawUpload(raw: Buffer, contentType: string | undefined, binary: ReadonlySet<string>): ParsedBody | undefined {
  if (raw.length === 0 || !binary.has('image')) return undefined;
  const media = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (media === 'text/plain') return { kind: 'form', fields: new Map([['image', [utf8(raw).trim()]]]), files: new Map(), json: undefined };
  if (media !== '' && media !== 'application/octet-stream' && !media.startsWith('image/') && !media.startsWith('video/')) return undefined;
  const field = sniff(raw)?.type.startsWith('video/') && binary.has('video') ? 'video' : 'image';
  const file = new File([new Uint8Array(raw)], '', { type: media === '' ? 'application/octet-stream' : media });
  return { kind: 'form', fields: new Map(), files: new Map([[field, [file]]]), json: undefined };
}
