/** Minimal headers of each supported format, padded to 64 bytes. */
const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));
const pad = (bytes: number[], size = 64): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(Math.max(size, bytes.length));
  out.set(bytes);
  return out;
};
const pngHead = [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...ascii('IHDR'), ...new Array<number>(17).fill(0), 0, 0, 0, 8];

export const MAGIC: Record<string, { bytes: Uint8Array<ArrayBuffer>; media: 'image' | 'video'; mime: string }> = {
  jpeg: { bytes: pad([0xff, 0xd8, 0xff, 0xe0]), media: 'image', mime: 'image/jpeg' },
  png: { bytes: pad([...pngHead, ...ascii('IDAT')]), media: 'image', mime: 'image/png' },
  apng: { bytes: pad([...pngHead, ...ascii('acTL')]), media: 'image', mime: 'image/apng' },
  gif87: { bytes: pad(ascii('GIF87a')), media: 'image', mime: 'image/gif' },
  gif89: { bytes: pad(ascii('GIF89a')), media: 'image', mime: 'image/gif' },
  webp: { bytes: pad([...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBPVP8 ')]), media: 'image', mime: 'image/webp' },
  tiffLE: { bytes: pad([0x49, 0x49, 0x2a, 0x00]), media: 'image', mime: 'image/tiff' },
  tiffBE: { bytes: pad([0x4d, 0x4d, 0x00, 0x2a]), media: 'image', mime: 'image/tiff' },
  bmp: { bytes: pad(ascii('BM')), media: 'image', mime: 'image/bmp' },
  heic: { bytes: pad([0, 0, 0, 24, ...ascii('ftypheic')]), media: 'image', mime: 'image/heic' },
  avif: { bytes: pad([0, 0, 0, 24, ...ascii('ftypavif')]), media: 'image', mime: 'image/avif' },
  mp4: { bytes: pad([0, 0, 0, 24, ...ascii('ftypisom')]), media: 'video', mime: 'video/mp4' },
  mov: { bytes: pad([0, 0, 0, 20, ...ascii('ftypqt  ')]), media: 'video', mime: 'video/quicktime' },
  webm: { bytes: pad([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, ...ascii('B\u0082\u0084webm')]), media: 'video', mime: 'video/webm' },
  mkv: { bytes: pad([0x1a, 0x45, 0xdf, 0xa3, 0xa3, 0x42, 0x86, 0x81, 0x01, ...ascii('B\u0082\u0088matroska')]), media: 'video', mime: 'video/x-matroska' },
  avi: { bytes: pad([...ascii('RIFF'), 0, 0, 0, 0, ...ascii('AVI LIST')]), media: 'video', mime: 'video/x-msvideo' },
  flv: { bytes: pad([...ascii('FLV'), 1, 5]), media: 'video', mime: 'video/x-flv' },
  wmv: { bytes: pad([0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11, 0xa6, 0xd9]), media: 'video', mime: 'video/x-ms-wmv' },
  mpegPS: { bytes: pad([0, 0, 1, 0xba, 0x44]), media: 'video', mime: 'video/mpeg' },
  mpegES: { bytes: pad([0, 0, 1, 0xb3, 0x14]), media: 'video', mime: 'video/mpeg' },
};

/** Bytes that match no supported format. */
export const UNKNOWN = pad(ascii('%PDF-1.7'));

/** Base64 of bytes (test helper; uses btoa, a web API). */
export function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}
