import { describe, expect, it } from 'vitest';
import { jsdoc, jsdocText, propertyKey, stringLiteral } from '../src/escape.js';

describe('escape', () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['a\nb', '"a\\nb"'],
    ['</script>', '"\\u003c/script>"'],
    ['${x}`', '"${x}`"'],
    ['\u2028', '"\\u2028"'],
    ['a\u202eb\u2066', '"a\\u202eb\\u2066"'],
  ])('stringLiteral(%j) = %s', (given, want) => {
    expect(stringLiteral(given)).toBe(want);
    expect(JSON.parse(stringLiteral(given).replace(/\\u003c/g, '<'))).toBe(given);
  });

  it.each([
    ['albumHash', 'albumHash'],
    ['ids[]', '"ids[]"'],
    ['3d', '"3d"'],
  ])('propertyKey(%j) = %s', (given, want) => expect(propertyKey(given)).toBe(want));

  it.each([
    ['ends */ here', ['ends *\\/ here']],
    ['line1\r\nline2', ['line1', 'line2']],
    ['@deprecated fake', ['\uFF20deprecated fake']],
    ['mail a@b.c', ['mail a@b.c']],
    ['bell\u0007', ['bell']],
    ['</script><script>x', ['<\\/script><script>x']],
    ['rtl \u202edcba\u2069 \u200f', ['rtl dcba']],
  ])('jsdocText(%j) = %j', (given, want) => expect(jsdocText(given)).toEqual(want));

  it('jsdoc builds a block with paragraphs and tags, or nothing', () => {
    expect(jsdoc(['What.', 'More */ text.'], [{ name: 'deprecated' }, { name: 'see', text: 'https://x/*/' }], '  ')).toBe(
      ['  /**', '   * What.', '   *', '   * More *\\/ text.', '   * @deprecated', '   * @see https://x/*\\/', '   */', ''].join('\n'),
    );
    expect(jsdoc(['', '  '])).toBe('');
    expect(() => jsdoc([], [{ name: 'x */' }])).toThrow(/invalid JSDoc tag/);
  });
});
