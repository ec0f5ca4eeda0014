import { describe, expect, it } from 'vitest';
import { firstParagraph, paragraphs } from '../../src/resource/render-operation.js';

describe('render-operation', () => {
  it.each<[unknown, string[]]>([
    ['One.\n\nTwo.', ['One.', 'Two.']],
    ['#### Response Model: X\n\nText.\n\n| a | b |\n| - | - |\n\n```json\n{}\n```', ['Text.']],
    ['  \n\n', []],
    [undefined, []],
    [42, []],
  ])('paragraphs(%j) = %j', (given, want) => {
    expect(paragraphs(given)).toEqual(want);
    expect(firstParagraph(given)).toBe(want[0] ?? '');
  });
});
