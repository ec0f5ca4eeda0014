import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A valid 1×1 PNG. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** A 1×1 GIF (the one in Imgur's upload docs). */
export const GIF_BASE64 = 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** The start of an MP4 file (an `ftyp` box), enough for Imgur and the mock to take it for a video. */
export const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2'), Buffer.alloc(64)]);

/** Writes the test media to a fresh temporary directory and returns their paths. */
export function mediaFiles(): { png: string; mp4: string } {
  const dir = mkdtempSync(join(tmpdir(), 'imgur-contract-'));
  const png = join(dir, 'pixel.png');
  const mp4 = join(dir, 'clip.mp4');
  writeFileSync(png, PNG);
  writeFileSync(mp4, MP4);
  return { png, mp4 };
}
