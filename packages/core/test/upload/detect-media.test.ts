import { describe, expect, it } from 'vitest';
import { detectMedia } from '../../src/upload/detect-media.js';
import { MAGIC, UNKNOWN } from '../support/fixtures.js';

describe('detectMedia', () => {
  for (const [name, { bytes, media, mime }] of Object.entries(MAGIC)) {
    it(`${name} -> ${media} ${mime}`, () => {
      expect(detectMedia(bytes)).toEqual({ media, mime });
    });
  }

  const none = [
    { name: 'PDF', bytes: UNKNOWN },
    { name: 'empty', bytes: new Uint8Array(0) },
    { name: 'short BM text', bytes: new TextEncoder().encode('BM') },
    { name: 'FLV with bad version', bytes: new TextEncoder().encode('FLV\u0002') },
  ];
  for (const { name, bytes } of none) {
    it(`${name} -> undefined`, () => {
      expect(detectMedia(bytes)).toBeUndefined();
    });
  }
});
