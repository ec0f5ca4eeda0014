/**
 * Upload limits checked before sending. Values are the documented ones from
 * the Imgur API reference: Image Upload (`POST /3/upload`) takes images of at
 * most 10 MB and videos of at most 200 MB, and lists the accepted video MIME types.
 */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** See `MAX_IMAGE_BYTES`. */
export const MAX_VIDEO_BYTES = 200 * 1024 * 1024;
/** The "Accepted Video Formats" of Image Upload. */
export const VIDEO_MIME_TYPES: readonly string[] = [
  'video/mp4',
  'video/webm',
  'video/x-matroska',
  'video/quicktime',
  'video/x-flv',
  'video/x-msvideo',
  'video/x-ms-wmv',
  'video/mpeg',
];
/** Bytes read from the start of a file to recognise its type. */
export const SNIFF_BYTES = 64;
