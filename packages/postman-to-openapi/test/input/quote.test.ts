import { describe, expect, it } from 'vitest';
import { quote } from '../../src/input/quote.js';

describe('quote', () => {
  it.each<[string, number, string]>([
    ['GET', 80, '"GET"'],
    ['a\u0000b\n"c"', 80, '"a\\u0000b\\n\\"c\\""'],
    ['x'.repeat(100), 5, '"xxxxx…" (100 characters)'],
  ])('given %j cut at %i -> %s', (given, max, want) => {
    expect(quote(given, max)).toBe(want);
  });
});
