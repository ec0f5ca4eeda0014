/** What the first bytes of a file say it is. */
export interface DetectedMedia {
  readonly media: 'image' | 'video';
  readonly mime: string;
}

const HEIF_BRANDS = ['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'];

/**
 * Recognises a file from its magic bytes (never its name): JPEG, PNG/APNG,
 * GIF, WebP, TIFF, BMP, HEIC/AVIF images; MP4, MOV, WebM, MKV, AVI, FLV,
 * WMV/ASF, MPEG videos. Returns undefined for anything else.
 */
export function detectMedia(b: Uint8Array): DetectedMedia | undefined {
  const bytes = (offset: number, ...want: number[]): boolean => want.every((v, i) => b[offset + i] === v);
  const ascii = (offset: number, s: string): boolean => bytes(offset, ...Array.from(s, (c) => c.charCodeAt(0)));
  const image = (mime: string): DetectedMedia => ({ media: 'image', mime });
  const video = (mime: string): DetectedMedia => ({ media: 'video', mime });
  if (bytes(0, 0xff, 0xd8, 0xff)) return image('image/jpeg');
  if (bytes(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return image(ascii(37, 'acTL') ? 'image/apng' : 'image/png');
  if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return image('image/gif');
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return image('image/webp');
  if (ascii(0, 'RIFF') && ascii(8, 'AVI ')) return video('video/x-msvideo');
  if (bytes(0, 0x49, 0x49, 0x2a, 0x00) || bytes(0, 0x4d, 0x4d, 0x00, 0x2a)) return image('image/tiff');
  if (ascii(0, 'BM') && b.length >= 14) return image('image/bmp');
  if (ascii(4, 'ftyp')) {
    const brand = String.fromCharCode(...b.subarray(8, 12));
    if (HEIF_BRANDS.includes(brand)) return image('image/heic');
    if (brand === 'avif' || brand === 'avis') return image('image/avif');
    return video(brand === 'qt  ' ? 'video/quicktime' : 'video/mp4');
  }
  if (bytes(0, 0x1a, 0x45, 0xdf, 0xa3)) {
    const head = String.fromCharCode(...b.subarray(0, 64));
    return video(head.includes('webm') ? 'video/webm' : 'video/x-matroska');
  }
  if (ascii(0, 'FLV') && b[3] === 1) return video('video/x-flv');
  if (bytes(0, 0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11)) return video('video/x-ms-wmv');
  if (bytes(0, 0x00, 0x00, 0x01, 0xba) || bytes(0, 0x00, 0x00, 0x01, 0xb3)) return video('video/mpeg');
  return undefined;
}
