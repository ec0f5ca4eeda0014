import { expect, test } from 'vitest';
import { gifFrames } from '../../src/http/gif-frames.js';
import { gif } from '../gif.js';

test.each([
  ['one frame', gif(1), 1],
  ['two frames (stops counting at 2)', gif(2), 2],
  ['ten frames, counted to 10', gif(10), 10],
  ['not a GIF', Uint8Array.from([0x89, 0x50, 0x4e, 0x47]), 0],
  ['header only', gif(0), 0],
  ['cut inside the second frame', gif(2).subarray(0, gif(2).length - 8), 2],
  ['cut inside the first frame', gif(1).subarray(0, 40), 1],
] as const)('%s', (_name, bytes, want) => {
  expect(gifFrames(bytes, want === 10 ? 100 : 2)).toBe(want);
});

test('a large first frame (10 MB of data sub-blocks) is walked block by block', () => {
  const big = gif(2, 5, 7, 40_000);
  expect(big.length).toBeGreaterThan(20_000_000);
  expect(gifFrames(big)).toBe(2);
  expect(gifFrames(gif(1, 5, 7, 40_000))).toBe(1);
});
