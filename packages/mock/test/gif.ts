/**
 * A well-formed GIF89a of `frames` frames (each a graphic control extension, an image descriptor and its LZW data),
 * with a global colour table and, for more than one frame, the NETSCAPE loop extension. `dataBlocks` full
 * 255-byte sub-blocks pad each frame's data (to build large frames).
 */
export function gif(frames: number, width = 5, height = 7, dataBlocks = 0): Uint8Array<ArrayBuffer> {
  const le = (n: number): number[] => [n & 0xff, n >> 8];
  const parts: Buffer[] = [Buffer.from([...Buffer.from('GIF89a'), ...le(width), ...le(height), 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff])];
  if (frames > 1) parts.push(Buffer.from([0x21, 0xff, 0x0b, ...Buffer.from('NETSCAPE2.0'), 0x03, 0x01, 0x00, 0x00, 0x00]));
  const padding = Buffer.alloc(dataBlocks * 256);
  for (let i = 0; i < dataBlocks; i++) padding[i * 256] = 255;
  for (let i = 0; i < frames; i++) {
    parts.push(Buffer.from([0x21, 0xf9, 0x04, 0x00, 0x0a, 0x00, 0x00, 0x00, 0x2c, ...le(0), ...le(0), ...le(width), ...le(height), 0x00, 0x02]));
    parts.push(padding, Buffer.from([0x02, 0x44, 0x01, 0x00]));
  }
  parts.push(Buffer.from([0x3b]));
  return new Uint8Array(Buffer.concat(parts));
}
