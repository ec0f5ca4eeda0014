import { describe, expect, it } from 'vitest';
import { cellText, codeSpan, proseText } from '../../src/reference/markdown-text.js';

describe('markdown text', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['two\nlines', 'two lines'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['back\\slash', 'back\\\\slash'],
  ])('cellText(%j) -> %j', (given, want) => expect(cellText(given)).toBe(want));

  it.each([
    ['string', '`string`'],
    ["'hot' | 'top'", "`'hot' \\| 'top'`"],
    ['a`b', '``a`b``'],
    ['`x', '`` `x ``'],
  ])('codeSpan(%j) -> %j', (given, want) => expect(codeSpan(given)).toBe(want));

  it('proseText keeps Markdown but no heading, fence, front matter, table or HTML of its own', () => {
    expect(proseText('**Bold** text\n# Heading\n```js\n---\n| a |\n<img src=x onerror=alert(1)>')).toBe(
      '**Bold** text\n\\# Heading\n\\```js\n\\---\n\\| a |\n&lt;img src=x onerror=alert(1)&gt;',
    );
  });
});
