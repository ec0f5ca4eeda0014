import { describe, expect, it } from 'vitest';
import { keyText } from '../../src/input/key-text.js';

describe('keyText', () => {
  it.each<[unknown, string]>([
    [' Accept ', 'Accept'],
    [42, '42'],
    [null, ''],
    [undefined, ''],
    [{}, ''],
    [['a'], ''],
    [true, ''],
    [Number.NaN, ''],
  ])('given %j -> %j', (given, want) => {
    expect(keyText(given)).toBe(want);
  });
});
