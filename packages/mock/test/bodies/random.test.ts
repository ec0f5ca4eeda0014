import { expect, test } from 'vitest';
import { Random } from '../../src/bodies/random.js';

test('the same seed gives the same sequence; values stay in range', () => {
  const a = new Random(42);
  const b = new Random(42);
  const seqA = Array.from({ length: 100 }, () => a.next());
  expect(Array.from({ length: 100 }, () => b.next())).toEqual(seqA);
  expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  expect(new Set(seqA).size).toBe(100);
  expect(new Random(43).next()).not.toBe(seqA[0]);
});

test('int, id and hex', () => {
  const r = new Random(1);
  const ints = Array.from({ length: 500 }, () => r.int(3, 5));
  expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
  expect(r.id(7)).toMatch(/^[A-Za-z0-9]{7}$/);
  expect(r.hex(40)).toMatch(/^[0-9a-f]{40}$/);
});
