import { describe, expect, test } from 'vitest';
import { PIXEL_PNG, sniff } from '../../src/http/sniff.js';

const bytes = (...parts: (number[] | string)[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('sniff', () => {
  const cases: [name: string, given: Uint8Array, want: unknown][] = [
    ['png', PIXEL_PNG, { type: 'image/png', ext: 'png', width: 1, height: 1 }],
    ['gif', bytes('GIF89a', [3, 1, 2, 0]), { type: 'image/gif', ext: 'gif', width: 259, height: 2 }],
    ['jpeg with SOF0', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0, 20, 0, 10, 3]), { type: 'image/jpeg', ext: 'jpg', width: 10, height: 20 }],
    ['jpeg without SOF', bytes([0xff, 0xd8, 0xff, 0xe0]), { type: 'image/jpeg', ext: 'jpg', width: 0, height: 0 }],
    ['webp', bytes('RIFF', [0, 0, 0, 0], 'WEBP'), { type: 'image/webp', ext: 'webp', width: 0, height: 0 }],
    ['avi', bytes('RIFF', [0, 0, 0, 0], 'AVI '), { type: 'video/x-msvideo', ext: 'avi', width: 0, height: 0 }],
    ['mp4', bytes([0, 0, 0, 0x18], 'ftypisom'), { type: 'video/mp4', ext: 'mp4', width: 0, height: 0 }],
    ['quicktime', bytes([0, 0, 0, 0x14], 'ftypqt  '), { type: 'video/quicktime', ext: 'mov', width: 0, height: 0 }],
    ['webm', bytes([0x1a, 0x45, 0xdf, 0xa3]), { type: 'video/webm', ext: 'webm', width: 0, height: 0 }],
    ['tiff', bytes('II*', [0]), { type: 'image/tiff', ext: 'tiff', width: 0, height: 0 }],
    ['text', bytes('hello'), undefined],
    ['empty', new Uint8Array(), undefined],
    ['truncated png', PIXEL_PNG.subarray(0, 10), undefined],
  ];
  test.each(cases)('%s', (_name, given, want) => expect(sniff(given)).toEqual(want));
});
