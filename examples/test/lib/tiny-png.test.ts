import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { tinyPng } from '../../lib/tiny-png.js';

/** Splits a PNG into chunks and recomputes each CRC with zlib's implementation. */
function chunks(png: Uint8Array): { type: string; data: Buffer; crcOk: boolean }[] {
  const b = Buffer.from(png);
  const out = [];
  for (let at = 8; at < b.length; ) {
    const len = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    const data = b.subarray(at + 8, at + 8 + len);
    const crcOk = b.readUInt32BE(at + 8 + len) === crc(b.subarray(at + 4, at + 8 + len));
    out.push({ type, data, crcOk });
    at += 12 + len;
  }
  return out;
}

function crc(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) {
    c ^= bytes[i] ?? 0;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe('tinyPng', () => {
  const cases: { given: [number, number, [number, number, number]]; want: { width: number; height: number; pixel: number[] } }[] = [
    { given: [1, 1, [0, 0, 0]], want: { width: 1, height: 1, pixel: [0, 0, 0] } },
    { given: [3, 2, [255, 96, 0]], want: { width: 3, height: 2, pixel: [255, 96, 0] } },
    { given: [16, 9, [1, 2, 3]], want: { width: 16, height: 9, pixel: [1, 2, 3] } },
  ];
  test.each(cases)('$given -> $want.width x $want.height', ({ given, want }) => {
    const png = tinyPng(...given);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const parts = chunks(png);
    expect(parts.map((c) => [c.type, c.crcOk])).toEqual([
      ['IHDR', true],
      ['IDAT', true],
      ['IEND', true],
    ]);
    const ihdr = parts[0]!.data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9]]).toEqual([want.width, want.height, 8, 2]);
    const raw = inflateSync(parts[1]!.data);
    expect(raw.length).toBe(want.height * (1 + 3 * want.width));
    for (let y = 0; y < want.height; y++) {
      const row = raw.subarray(y * (1 + 3 * want.width), (y + 1) * (1 + 3 * want.width));
      expect(row[0]).toBe(0);
      for (let x = 0; x < want.width; x++) expect([...row.subarray(1 + 3 * x, 4 + 3 * x)]).toEqual(want.pixel);
    }
  });

  test('different colours give different bytes', () => {
    expect(Buffer.from(tinyPng(2, 2, [1, 0, 0])).equals(Buffer.from(tinyPng(2, 2, [2, 0, 0])))).toBe(false);
  });
});
