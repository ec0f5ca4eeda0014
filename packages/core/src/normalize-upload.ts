import { detectMedia, type DetectedMedia } from './detect-media.js';
import { readSource } from './read-source.js';
import { MAX_IMAGE_BYTES, MAX_VIDEO_BYTES, SNIFF_BYTES, VIDEO_MIME_TYPES } from './upload-limits.js';
import { ImgurUploadError } from './errors/usage-errors.js';

/** An upload source ready for the multipart body. */
export type NormalizedUpload =
  | { readonly kind: 'file'; readonly blob: Blob; readonly name: string; readonly media: 'image' | 'video' }
  | { readonly kind: 'base64'; readonly value: string; readonly media: 'image' | 'video' }
  | { readonly kind: 'url'; readonly value: string; readonly media: undefined };

function check(detected: DetectedMedia | undefined, size: number, where: string): DetectedMedia {
  if (!detected) {
    throw new ImgurUploadError(`${where}: unrecognised file type; Imgur takes images (JPEG, PNG, GIF, WebP, TIFF, BMP, HEIC) and videos (${VIDEO_MIME_TYPES.join(', ')}).`);
  }
  const max = detected.media === 'video' ? MAX_VIDEO_BYTES : MAX_IMAGE_BYTES;
  if (size > max) {
    throw new ImgurUploadError(`${where}: ${detected.mime} of ${size} bytes exceeds Imgur's ${detected.media} limit of ${max} bytes.`);
  }
  return detected;
}

function fromBase64(b64: string, where: string): NormalizedUpload {
  const clean = b64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(clean) || clean.length % 4 === 1) {
    throw new ImgurUploadError(`${where}: string is neither an http(s) URL, a data URL nor base64.`);
  }
  // 88 base64 characters decode to 66 bytes, enough to sniff the type.
  const head = Uint8Array.from(atob(clean.slice(0, 88)), (c) => c.charCodeAt(0));
  const size = Math.floor((clean.length * 3) / 4) - (clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0);
  const { media } = check(detectMedia(head), size, where);
  return { kind: 'base64', value: clean, media };
}

/**
 * Normalises one upload source: http(s) URL strings are sent as `type=url`,
 * data URLs and base64 strings as `type=base64`, everything else as a file.
 * The kind (image or video) comes from the bytes; limits are checked here.
 * Throws `ImgurUploadError` before anything is sent.
 */
export async function normalizeUpload(source: unknown, where: string): Promise<NormalizedUpload> {
  if (typeof source === 'string') {
    if (/^https?:\/\//i.test(source)) return { kind: 'url', value: source, media: undefined };
    const data = /^data:[^,]*?(;base64)?,/i.exec(source);
    if (data && !data[1]) throw new ImgurUploadError(`${where}: data URL must be base64-encoded.`);
    return fromBase64(data ? source.slice(data[0].length) : source, where);
  }
  const { blob, name } = await readSource(source, MAX_VIDEO_BYTES, where);
  const head = new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer());
  const detected = check(detectMedia(head), blob.size, where);
  const typed = blob.type === detected.mime ? blob : blob.slice(0, blob.size, detected.mime);
  return { kind: 'file', blob: typed, name: name ?? `${detected.media}.${detected.mime.split('/')[1]!.replace(/^x-/, '')}`, media: detected.media };
}
