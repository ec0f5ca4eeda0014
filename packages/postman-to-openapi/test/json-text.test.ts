import { describe, expect, it } from 'vitest';
import { jsonText } from './support/json-text.js';

describe('jsonText (test support)', () => {
  it.each<[string, unknown]>([
    ['scalars and nesting', { a: [1, 'x', null, true, { raw: 'u' }], b: {} }],
    ['unicode, NUL and quotes', { 'k"\u0000': '\ud800\u202e"\\' }],
    ['empty array', []],
  ])('given %s -> the same text as JSON.stringify', (_name, value) => {
    expect(jsonText(value)).toBe(JSON.stringify(value));
  });

  it('writes own __proto__ keys and values nested 50 000 deep', () => {
    const own = JSON.parse('{"__proto__":{"x":1}}') as object;
    expect(jsonText(own)).toBe('{"__proto__":{"x":1}}');
    let deep: unknown = 0;
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(jsonText(deep)).toBe(`${'['.repeat(50_000)}0${']'.repeat(50_000)}`);
  });
});
