import { detectMedia } from './detect-media.js';
import { readSource } from './read-source.js';
import { MAX_IMAGE_BYTES, MAX_VIDEO_BYTES, SNIFF_BYTES, VIDEO_MIME_TYPES } from './upload-limits.js';
import { ImgurUploadError } from '../errors/usage-errors.js';
import type { StreamedBody } from '../types/streamed-body.js';
import type { StreamReader } from '../types/source-stream.js';

/** An upload source ready for the multipart body. */
export type NormalizedUpload =
  | { readonly kind: 'file'; readonly file: Blob | Uint8Array<ArrayBuffer> | StreamedBody; readonly name: string; readonly media: 'image' | 'video'; readonly type: string }
  | { readonly kind: 'base64'; readonly value: string; readonly media: 'image' | 'video' }
  | { readonly kind: 'url'; readonly value: string; readonly media: undefined };

/**
 * Normalises one upload source: http(s) URL strings are sent as `type=url`,
 * data URLs and base64 strings as `type=base64`, everything else as a file.
 * The kind (image or video) comes from the bytes (only the head of a Blob or
 * a stream is read; bytes are used as given, not copied); limits are checked
 * here, and for a stream of unknown length also as it is sent. Throws
 * `ImgurUploadError` before anything is sent. A string that is none of these
 * but looks like a file path is refused with a pointer to `fileFromPath`.
 * Streams are read by `readStream` (see `readSource`).
 */
export async function normalizeUpload(source: unknown, where: string, readStream?: StreamReader): Promise<NormalizedUpload> {
  const fail = (why: string): ImgurUploadError => new ImgurUploadError(`${where}: ${why}`);
  const check = (head: Uint8Array, size: number) => {
    const found = detectMedia(head);
    if (!found) throw fail(`unrecognised file type; Imgur takes images (JPEG, PNG, GIF, WebP, TIFF, BMP, HEIC) and videos (${VIDEO_MIME_TYPES.join(', ')}).`);
    const max = found.media === 'video' ? MAX_VIDEO_BYTES : MAX_IMAGE_BYTES;
    if (size > max) throw fail(`${found.mime} of ${size} bytes exceeds Imgur's ${found.media} limit of ${max} bytes.`);
    return { ...found, max };
  };
  if (typeof source === 'string') {
    if (/^https?:\/\//i.test(source)) return { kind: 'url', value: source, media: undefined };
    const data = /^data:[^,]*?(;base64)?,/i.exec(source);
    if (data && !data[1]) throw fail('data URL must be base64-encoded.');
    const b64 = (data ? source.slice(data[0].length) : source).replace(/\s+/g, '');
    const base64 = /^[A-Za-z0-9+/]+={0,2}$/.test(b64) && b64.length % 4 !== 1;
    // 88 base64 characters decode to 66 bytes, enough to sniff the type.
    const head = base64 ? Uint8Array.from(atob(b64.slice(0, 88)), (c) => c.charCodeAt(0)) : undefined;
    // A JPEG's base64 starts with "/9j/": a path is recognised only when the string is not an image's base64.
    if (!data && !(head && detectMedia(head)) && /^(\/|\.{1,2}[\\/]|~|[A-Za-z]:[\\/]|file:)/.test(source)) {
      throw fail(
        `"${source.slice(0, 80)}" looks like a file path; strings are uploaded as URLs or base64. On Node, pass fileFromPath(path) from "@imgur-ts/core/node" (or a stream) instead.`,
      );
    }
    if (!head) throw fail('string is neither an http(s) URL, a data URL nor base64.');
    return { kind: 'base64', value: b64, media: check(head, Math.floor((b64.length * 3) / 4) - (b64.match(/=/g)?.length ?? 0)).media };
  }
  const { file, name } = await readSource(source, where, readStream);
  const blob = file instanceof Blob;
  const bytes = file instanceof Uint8Array;
  const { media, mime, max } = check(
    blob ? new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()) : bytes ? file : file.head,
    blob ? file.size : bytes ? file.length : (file.size ?? 0),
  );
  const label = `Imgur's ${media} limit`;
  return {
    kind: 'file',
    file: blob || bytes ? file : { size: file.size, chunks: () => file.read(max, label) },
    name: name || `${media}.${mime.split('/')[1]!.replace(/^x-/, '')}`,
    media,
    type: mime,
  };
}
