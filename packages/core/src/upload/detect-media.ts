/** What the first bytes of a file say it is. */
export interface DetectedMedia {
  readonly media: 'image' | 'video';
  readonly mime: string;
}

// Magic bytes, matched against the first 64 bytes read as Latin-1; the first match wins.
const SIGNATURES: readonly (readonly [RegExp, string])[] = [
  [/^\xff\xd8\xff/, 'image/jpeg'],
  [/^\x89PNG\r\n\x1a\n[^]{29}acTL/, 'image/apng'],
  [/^\x89PNG\r\n\x1a\n/, 'image/png'],
  [/^GIF8[79]a/, 'image/gif'],
  [/^RIFF[^]{4}WEBP/, 'image/webp'],
  [/^RIFF[^]{4}AVI /, 'video/x-msvideo'],
  [/^(II\*\0|MM\0\*)/, 'image/tiff'],
  [/^BM[^]{12}/, 'image/bmp'],
  [/^[^]{4}ftyp(hei[cxms]|hevc|m[is]f1)/, 'image/heic'],
  [/^[^]{4}ftypavi[fs]/, 'image/avif'],
  [/^[^]{4}ftypqt {2}/, 'video/quicktime'],
  [/^[^]{4}ftyp/, 'video/mp4'],
  [/^\x1a\x45\xdf\xa3[^]*webm/, 'video/webm'],
  [/^\x1a\x45\xdf\xa3/, 'video/x-matroska'],
  [/^FLV\x01/, 'video/x-flv'],
  [/^0&\xb2u\x8ef\xcf\x11/, 'video/x-ms-wmv'],
  [/^\0\0\x01[\xba\xb3]/, 'video/mpeg'],
];

/**
 * Recognises a file from its magic bytes (never its name): JPEG, PNG/APNG,
 * GIF, WebP, TIFF, BMP, HEIC/AVIF images; MP4, MOV, WebM, MKV, AVI, FLV,
 * WMV/ASF, MPEG videos. Returns undefined for anything else.
 */
export function detectMedia(bytes: Uint8Array): DetectedMedia | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 64));
  const mime = SIGNATURES.find(([re]) => re.test(head))?.[1];
  return mime ? { media: mime.slice(0, 5) as DetectedMedia['media'], mime } : undefined;
}
