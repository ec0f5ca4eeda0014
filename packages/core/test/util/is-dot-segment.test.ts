import { describe, expect, it } from 'vitest';
import { isDotSegment } from '../../src/util/is-dot-segment.js';

describe('isDotSegment', () => {
  const cases: [string, boolean][] = [
    ['.', true],
    ['..', true],
    ['%2e', true],
    ['%2E%2e', true],
    ['%252E', true],
    ['%25252e%25252E', true],
    ['...', false],
    ['.a', false],
    ['%zz', false], // not percent-encoding: sent as it is, and no dot segment
    ['%2525252e', false], // four rounds: beyond the three the check decodes
    ['%2e%2e%2e%2e%2e%2e', false], // longer than 16 characters
    ['abc', false],
  ];
  for (const [value, want] of cases) it(`${JSON.stringify(value)} -> ${want}`, () => expect(isDotSegment(value)).toBe(want));
});
