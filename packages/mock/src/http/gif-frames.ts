/**
 * Counts the image descriptors (frames) of a GIF by walking its blocks, stopping once `stopAt` are found; a one-frame
 * GIF is a still image. Bytes that are not a well-formed GIF count the frames seen before the damage.
 */
export function gifFrames(b: Uint8Array, stopAt = 2): number {
  if (b.length < 13 || String.fromCharCode(b[0]!, b[1]!, b[2]!) !== 'GIF') return 0;
  let i = 13 + colorTableSize(b[10]!);
  let frames = 0;
  while (i < b.length && frames < stopAt) {
    const block = b[i]!;
    if (block === 0x3b) break;
    if (block === 0x21) {
      i = skipSubBlocks(b, i + 2);
    } else if (block === 0x2c) {
      frames++;
      i = skipSubBlocks(b, i + 10 + colorTableSize(b[i + 9] ?? 0) + 1);
    } else {
      break;
    }
  }
  return frames;
}

/** Bytes of the colour table a packed-fields byte announces (0 when its flag is off). */
function colorTableSize(packed: number): number {
  return packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0;
}

/** The index after a chain of data sub-blocks (each a length byte and that many bytes, ended by a 0). */
function skipSubBlocks(b: Uint8Array, start: number): number {
  let i = start;
  while (i < b.length) {
    const size = b[i]!;
    i += 1 + size;
    if (size === 0) break;
  }
  return i;
}
