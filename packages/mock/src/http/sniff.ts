/** Media type, file extension and pixel size read from the first bytes of a file. */
export interface Sniffed {
  readonly type: string;
  readonly ext: string;
  readonly width: number;
  readonly height: number;
}

/** Detects the media type from magic bytes (the file name and declared type are not trusted); `undefined` when unknown. */
export function sniff(b: Uint8Array): Sniffed | undefined {
  const at = (i: number): number => b[i] ?? -1;
  const ascii = (i: number, n: number): string => String.fromCharCode(...b.subarray(i, i + n));
  const be16 = (i: number): number => (at(i) << 8) | at(i + 1);
  const le16 = (i: number): number => at(i) | (at(i + 1) << 8);
  const be32 = (i: number): number => ((at(i) << 24) | (at(i + 1) << 16) | (at(i + 2) << 8) | at(i + 3)) >>> 0;
  if (b.length >= 24 && at(0) === 0x89 && ascii(1, 3) === 'PNG') return { type: 'image/png', ext: 'png', width: be32(16), height: be32(20) };
  if (b.length >= 10 && ascii(0, 4) === 'GIF8') return { type: 'image/gif', ext: 'gif', width: le16(6), height: le16(8) };
  if (b.length >= 4 && at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return { type: 'image/jpeg', ext: 'jpg', ...jpegSize(b, be16) };
  if (b.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') return { type: 'image/webp', ext: 'webp', width: 0, height: 0 };
  if (b.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'AVI ') return { type: 'video/x-msvideo', ext: 'avi', width: 0, height: 0 };
  if (b.length >= 4 && (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*')) return { type: 'image/tiff', ext: 'tiff', width: 0, height: 0 };
  if (b.length >= 2 && ascii(0, 2) === 'BM') return { type: 'image/bmp', ext: 'bmp', width: 0, height: 0 };
  if (b.length >= 12 && ascii(4, 4) === 'ftyp') {
    const brand = ascii(8, 4);
    return brand === 'qt  ' ? { type: 'video/quicktime', ext: 'mov', width: 0, height: 0 } : { type: 'video/mp4', ext: 'mp4', width: 0, height: 0 };
  }
  if (b.length >= 4 && be32(0) === 0x1a45dfa3) return { type: 'video/webm', ext: 'webm', width: 0, height: 0 };
  if (b.length >= 3 && ascii(0, 3) === 'FLV') return { type: 'video/x-flv', ext: 'flv', width: 0, height: 0 };
  return undefined;
}

function jpegSize(b: Uint8Array, be16: (i: number) => number): { width: number; height: number } {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return { width: 0, height: 0 };
    const marker = b[i + 1]!;
    const len = be16(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { width: be16(i + 7), height: be16(i + 5) };
    i += 2 + len;
  }
  return { width: 0, height: 0 };
}

/** A 1×1 transparent PNG: the bytes served for uploads given by URL (nothing is fetched). */
export const PIXEL_PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'));
