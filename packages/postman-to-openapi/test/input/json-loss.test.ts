import { describe, expect, it } from 'vitest';
import { jsonLoss } from '../../src/input/json-loss.js';
import { parseJsonText } from '../../src/input/json.js';

const KEY = 'a repeated key keeps its last value';
const HUGE = 'a number beyond a double is null';
const ROUNDED = 'a number a double does not hold exactly is rounded';

describe('jsonLoss', () => {
  it.each<[string, string, string | undefined]>([
    ['a repeated key', '{"a":1,"a":"dup"}', KEY],
    ['a repeated key written with an escape', '{"a":1,"\\u0061":2}', KEY],
    ['a repeated key in a nested object', '[{"x":{"k":1,"k":2}}]', KEY],
    ['the same key in sibling objects', '[{"k":1},{"k":2}]', undefined],
    ['a key repeated as a value', '{"k":"k","v":"k"}', undefined],
    ['a number beyond a double', '{"n":1e400}', HUGE],
    ['a negative one in an array', '[-1E999]', HUGE],
    ['an integer of 400 digits', `[${'9'.repeat(400)}]`, HUGE],
    ['ordinary numbers', '[1, -2.5e10, 0.1, 123456789012345, 9007199254740992, 1.50000000000000000, 0.000000000000000001]', undefined],
    ['an integer past 2^53 that rounds', '[123456789012345678]', ROUNDED],
    ['2^53 + 1', '{"id":9007199254740993}', ROUNDED],
    ['a decimal with more digits than a double keeps', '[0.12345678901234567891]', ROUNDED],
    ['digits split by the decimal point', '[12345678.123456789]', ROUNDED],
    ['a number too small for a double', '[1e-400]', ROUNDED],
    ['long digits inside a string', '{"s":"12345678901234567890"}', undefined],
    ['a repeated key, a huge and a rounded number', '{"a":1e400,"a":12345678901234567891}', `${KEY}, ${HUGE}, ${ROUNDED}`],
    ['quotes and braces inside strings', '{"a":"{\\"a\\":1}","b":"]"}', undefined],
    ['a value that looks like a key', '{"a":"\\"k\\":","b":"x\\\\"}', undefined],
    ['an exponent of three digits that fits', '[1e-300, 1e300, 5e-324]', undefined],
  ])('given %s -> %s', (_name, text, want) => {
    expect(jsonLoss(text, JSON.parse(text))).toBe(want);
  });
});

describe('parseJsonText on JSON that reading changes or that is too deep', () => {
  it('flags lossy JSON, with numbers beyond a double as JSON writes them (null)', () => {
    expect(parseJsonText('{"a":1,"a":"dup","n":1e400}')).toEqual({ value: { a: 'dup', n: null }, strict: false, lossy: true, loss: `${KEY}, ${HUGE}` });
  });

  it('flags valid JSON nested deeper than 100 levels as too deep, not as unparsable', () => {
    expect(parseJsonText(`${'['.repeat(150)}${']'.repeat(150)}`)).toEqual({ value: null, strict: true, tooDeep: true });
    expect(parseJsonText(`${'['.repeat(150)}${']'.repeat(149)}`)).toBeUndefined();
  });

  it('says what lenient JSON loses of its numbers, the text kept as written', () => {
    expect(parseJsonText('{"id": 9007199254740993, // note\n}')).toEqual({ value: { id: 9007199254740992 }, strict: false, loss: ROUNDED });
    expect(parseJsonText('{"id": 9007199254740992, // note\n}')).toEqual({ value: { id: 9007199254740992 }, strict: false });
  });
});
