import { ConversionError } from '../errors.js';

/**
 * The text of a collection file: UTF-8, with a leading byte order mark dropped; UTF-16
 * with a byte order mark (`FF FE` little-endian, `FE FF` big-endian) is decoded too.
 * Throws ConversionError, naming `source` and the first bad byte, for bytes that are not
 * UTF-8 (a Latin-1 or Windows-1252 file, say) rather than replacing them with `�`.
 */
export function decodeText(bytes: Uint8Array, source: string): string {
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
    const encoding = a === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new ConversionError(`${source}: starts with a UTF-16 byte order mark but is not valid ${encoding.toUpperCase()} text`);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ConversionError(`${source}: not UTF-8 text (${firstInvalid(bytes)}); save the collection as UTF-8`);
  }
}

/** Names the first byte that does not start or continue a UTF-8 sequence, with its offset. */
function firstInvalid(bytes: Uint8Array): string {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i] as number;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) break;
    let ok = true;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) ok = false;
    if (!ok) break;
    i += n + 1;
  }
  if (i >= bytes.length) return 'an invalid byte sequence';
  return `invalid byte 0x${(bytes[i] as number).toString(16).toUpperCase().padStart(2, '0')} at offset ${i}`;
}
