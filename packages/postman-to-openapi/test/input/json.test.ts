import { describe, expect, it } from 'vitest';
import { VALUE_DEPTH } from '../../src/input/depth.js';
import { parseJsonLoose, parseJsonText } from '../../src/input/json.js';

describe('parseJsonLoose', () => {
  it.each([
    ['plain JSON', '{"a": 1}', { a: 1 }],
    ['bare {{var}} becomes a string', '{"age": {{age}}, "s": "{{x}}"}', { age: '{{age}}', s: '{{x}}' }],
    ['braces inside strings are untouched', '{"t": "a {{b}} c"}', { t: 'a {{b}} c' }],
    ['not JSON', '<xml/>', undefined],
    ['empty', '', undefined],
    [
      `arrays nested ${VALUE_DEPTH} deep (as deep as the document has room for) are read`,
      `${'['.repeat(VALUE_DEPTH)}${']'.repeat(VALUE_DEPTH)}`,
      JSON.parse(`${'['.repeat(VALUE_DEPTH)}${']'.repeat(VALUE_DEPTH)}`),
    ],
    [`arrays nested ${VALUE_DEPTH + 1} deep are left out`, `${'['.repeat(VALUE_DEPTH + 1)}${']'.repeat(VALUE_DEPTH + 1)}`, undefined],
    [`arrays nested ${VALUE_DEPTH + 1} deep, with a comment, are left out`, `${'['.repeat(VALUE_DEPTH + 1)}${']'.repeat(VALUE_DEPTH + 1)} // c`, undefined],
    ['arrays nested 20 000 deep are left out', `${'['.repeat(20_000)}${']'.repeat(20_000)}`, undefined],
  ])('given %s -> %j', (_name, text, want) => {
    expect(parseJsonLoose(text)).toEqual(want);
  });
});

describe('parseJsonText (JSON as Postman users write it)', () => {
  it.each<[string, string, Record<string, string>, unknown, boolean | undefined]>([
    ['strict JSON', '{"a": 1}', {}, { a: 1 }, true],
    ['line and block comments', '// head\n{"a": /* one */ 1}', {}, { a: 1 }, false],
    ['trailing commas', '{"a": [1, 2,], }', {}, { a: [1, 2] }, false],
    ['a trailing comma before a comment', '{"x": 1, // last\n}', {}, { x: 1 }, false],
    ['comment markers inside strings stay', '{"u": "http://x.io/*a*/", }', {}, { u: 'http://x.io/*a*/' }, false],
    ['a bare variable with a number value -> the number', '{"n": {{n}}}', { n: '5' }, { n: 5 }, false],
    ['a bare variable with a text value -> the variable as a string (never the value)', '{"s": {{s}}}', { s: 'SECRET' }, { s: '{{s}}' }, false],
    ['a bare variable with an object value -> the object', '{"o": {{o}}}', { o: '{"k": true}' }, { o: { k: true } }, false],
    ['an unterminated string -> nothing', '{"a": "open {{x', {}, undefined, undefined],
  ])('given %s', (_name, text, variables, value, strict) => {
    const got = parseJsonText(text, variables);
    expect(got?.value).toEqual(value);
    expect(got?.strict).toBe(strict);
  });
});
