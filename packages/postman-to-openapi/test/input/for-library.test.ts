import { describe, expect, it } from 'vitest';
import { forLibrary, safeType } from '../../src/input/for-library.js';

describe('safeType', () => {
  it.each<[unknown, boolean]>([
    ['bearer', true],
    ['oauth2', true],
    ['text/markdown', true],
    ['string', true],
    ['__proto__', false],
    ['constructor', false],
    ['toString', false],
    ['', false],
    ['a b', false],
    [42, false],
    [null, false],
  ])('given %j -> %s', (given, want) => expect(safeType(given)).toBe(want));
});

describe('forLibrary', () => {
  it('given types naming Object members at any depth -> those types left out, everything else copied', () => {
    const item = JSON.parse(
      '{"request": {"auth": {"type": "__proto__", "oauth2": [{"key": "accessToken", "value": "{{t}}", "type": "constructor"}, {"key": "x", "type": "string"}]}, "description": {"content": "d", "type": "text/markdown"}}}',
    ) as Parameters<typeof forLibrary>[0];
    expect(JSON.stringify(forLibrary(item))).toBe(
      '{"request":{"auth":{"oauth2":[{"key":"accessToken","value":"{{t}}"},{"key":"x","type":"string"}]},"description":{"content":"d","type":"text/markdown"}}}',
    );
    expect(JSON.stringify(item)).toContain('"type":"__proto__"');
  });
});
