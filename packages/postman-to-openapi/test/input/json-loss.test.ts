import { describe, expect, it } from 'vitest';
import { jsonLoses } from '../../src/input/json-loss.js';
import { parseJsonText } from '../../src/input/json.js';

describe('jsonLoses', () => {
  it.each<[string, string, boolean]>([
    ['a repeated key', '{"a":1,"a":"dup"}', true],
    ['a repeated key written with an escape', '{"a":1,"\\u0061":2}', true],
    ['a repeated key in a nested object', '[{"x":{"k":1,"k":2}}]', true],
    ['the same key in sibling objects', '[{"k":1},{"k":2}]', false],
    ['a key repeated as a value', '{"k":"k","v":"k"}', false],
    ['a number beyond a double', '{"n":1e400}', true],
    ['a negative one in an array', '[-1E999]', true],
    ['an integer of 400 digits', `[${'9'.repeat(400)}]`, true],
    ['ordinary numbers', '[1, -2.5e10, 0.1, 123456789012345678]', false],
    ['quotes and braces inside strings', '{"a":"{\\"a\\":1}","b":"]"}', false],
    ['a value that looks like a key', '{"a":"\\"k\\":","b":"x\\\\"}', false],
    ['an exponent of three digits that fits', '[1e-300, 1e300]', false],
  ])('given %s -> %s', (_name, text, want) => {
    expect(jsonLoses(text, JSON.parse(text))).toBe(want);
  });
});

describe('parseJsonText on JSON that reading changes or that is too deep', () => {
  it('flags lossy JSON, with numbers beyond a double as JSON writes them (null)', () => {
    expect(parseJsonText('{"a":1,"a":"dup","n":1e400}')).toEqual({ value: { a: 'dup', n: null }, strict: false, lossy: true });
  });

  it('flags valid JSON nested deeper than 100 levels as too deep, not as unparsable', () => {
    expect(parseJsonText(`${'['.repeat(150)}${']'.repeat(150)}`)).toEqual({ value: null, strict: true, tooDeep: true });
    expect(parseJsonText(`${'['.repeat(150)}${']'.repeat(149)}`)).toBeUndefined();
  });
});
