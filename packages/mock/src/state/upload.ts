import { MockHttpError } from '../http/errors.js';
import type { HandlerContext } from '../http/handlers.js';
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

function checkType(bytes: Uint8Array): { type: string; ext: string; width: number; height: number } {
  const found = sniff(bytes);
  if (!found) throw new MockHttpError(400, 'Image format not supported, or image is corrupt.');
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
  const b64 = value.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(b64) || b64.length === 0) throw new MockHttpError(400, 'Invalid field `image`: not valid base64');
  return { bytes: Uint8Array.from(Buffer.from(b64, 'base64')), name: name ?? null, source: null };
}
