import { describe, expect, it } from 'vitest';
import { numberLoss, readsExactly } from '../../src/input/exact-number.js';

describe('readsExactly', () => {
  it.each<[string, boolean]>([
    ['9007199254740992', true],
    ['9007199254740993', false],
    ['-9007199254740993', false],
    ['1234567890123456789', false],
    ['12345678901234567890', false],
    ['1.5', true],
    ['1.50000000000000000000', true],
    ['15e-1', true],
    ['0.1', true],
    ['0.12345678901234567', false],
    ['100000000000000000000', true],
    ['1e21', true],
    ['-0', true],
    ['0.0000000000000000', true],
    ['1e400', false],
    ['1e-400', false],
    ['5e-324', true],
    ['4e-324', false],
    ['1E0000000000000005', true],
  ])('%s -> %s', (literal, want) => {
    expect(readsExactly(literal)).toBe(want);
  });
});

describe('numberLoss', () => {
  it('answers short numbers without a scan, and skips strings', () => {
    expect(numberLoss('{"a": 123456789012345, "b": 1e99}')).toBeUndefined();
    expect(numberLoss('{"a": "9007199254740993\\"9007199254740993"}')).toBeUndefined();
    expect(numberLoss('[9007199254740993]')).toEqual({ huge: false, rounded: true });
    expect(numberLoss('[-1e999, 1]')).toEqual({ huge: true, rounded: false });
  });
});

describe('numberLoss on strings with escaped quotes', () => {
  it('skips to the quote that closes the string', () => {
    expect(numberLoss('["a\\\\", 9007199254740993]')).toEqual({ huge: false, rounded: true });
    expect(numberLoss('["a\\" 9007199254740993"]')).toBeUndefined();
    expect(numberLoss('["\\\\\\" 9007199254740993 \\\\", 1]')).toBeUndefined();
  });
});
