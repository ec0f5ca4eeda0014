import { MockHttpError } from '../http/errors.js';
import type { HandlerContext } from '../http/handlers.js';
import { gifFrames } from '../http/gif-frames.js';
import { PIXEL_PNG, sniff } from '../http/sniff.js';
import { text } from './input.js';

/** The bytes and metadata of an upload, from a multipart file, a base64 string or a URL. */
export interface UploadSource {
  readonly bytes: Uint8Array;
  readonly name: string | null;
  readonly source: string | null;
}

/**
 * Reads `image` or `video` the way Imgur does: a file part, base64 text, or (`type=url`) a URL.
 * URLs are never fetched: the URL is kept as the image's source and a 1×1 PNG stands in for its bytes.
 */
export async function readUpload(ctx: HandlerContext): Promise<UploadSource & ReturnType<typeof checkType>> {
  const file = ctx.files.get('image')?.at(-1) ?? ctx.files.get('video')?.at(-1);
  const type = text(ctx, 'type');
  let src: UploadSource;
  if (file) {
    src = { bytes: new Uint8Array(await file.arrayBuffer()), name: text(ctx, 'name') ?? (file.name || null), source: null };
  } else {
    const value = text(ctx, 'image') ?? text(ctx, 'video');
    if (value === undefined) throw new MockHttpError(400, 'Missing required field `image` (or `video`)');
    src = type === 'url' || (type === undefined && /^https?:\/\//i.test(value)) ? fromUrl(value) : fromBase64(value, text(ctx, 'name'));
  }
  if (src.bytes.length > ctx.limits.maxImageBytes) {
    throw new MockHttpError(413, `File is over the size limit: at most ${ctx.limits.maxImageBytes} bytes`);
  }
  return { ...src, ...checkType(src.bytes) };
}

/** Formats whose header always carries the pixel size: a 0-pixel side (or a GIF without a frame) is a corrupt file. */
const SIZED = new Set(['image/png', 'image/gif']);

function checkType(bytes: Uint8Array): { type: string; ext: string; width: number; height: number } {
  const found = sniff(bytes);
  const corrupt = !found || (SIZED.has(found.type) && (found.width === 0 || found.height === 0)) || (found.type === 'image/gif' && gifFrames(bytes, 1) === 0);
  if (corrupt) throw new MockHttpError(400, 'Image format not supported, or image is corrupt.');
  return found;
}

function fromUrl(value: string): UploadSource {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new MockHttpError(400, 'Invalid field `image`: not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new MockHttpError(400, 'Invalid field `image`: only http and https URLs are accepted');
  return { bytes: PIXEL_PNG, name: null, source: url.href };
}

function fromBase64(value: string, name: string | undefined): UploadSource {
  const digits = base64Digits(stripDataUrl(value));
  if (digits === undefined) throw new MockHttpError(400, 'Invalid field `image`: not valid base64');
  return { bytes: Uint8Array.from(Buffer.from(digits.toString('latin1'), 'base64')), name: name ?? null, source: null };
}

/** The base64 of a `data:<type>;base64,` URL; other text as it is. */
function stripDataUrl(value: string): string {
  if (!value.startsWith('data:')) return value;
  const comma = value.indexOf(',');
  return comma > 0 && value.slice(0, comma).endsWith(';base64') ? value.slice(comma + 1) : value;
}

/**
 * The digits and padding of base64 text (standard or URL-safe alphabet, at most two `=` at its end, ASCII whitespace
 * anywhere) without its whitespace; `undefined` when it is not base64 or empty. One pass, no regular expression:
 * Node decodes text with whitespace in it slowly (a second for 15 MB of spaces), so it gets none.
 */
function base64Digits(s: string): Buffer | undefined {
  const out = Buffer.allocUnsafe(s.length);
  let n = 0;
  let padding = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
    if (c === 0x3d) {
      if (++padding > 2) return undefined;
    } else {
      const digit = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f || c === 0x2d || c === 0x5f;
      if (!digit || padding > 0) return undefined;
    }
    out[n++] = c;
  }
  return n > padding ? out.subarray(0, n) : undefined;
}
