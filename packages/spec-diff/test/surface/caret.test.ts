import { describe, expect, it } from 'vitest';
import { caretBreakingBump, leavesCaret } from '../../src/surface/caret.js';

describe('leavesCaret / caretBreakingBump', () => {
  it.each([
    ['1.2.3', 'major', true],
    ['1.2.3', 'minor', false],
    ['1.2.3', 'patch', false],
    ['0.2.3', 'minor', true],
    ['0.2.3', 'patch', false],
    ['0.0.3', 'patch', true],
  ] as const)('%s + %s leaves ^: %s', (version, bump, out) => {
    expect(leavesCaret(version, bump)).toBe(out);
  });

  it('names the smallest bump npm update does not install', () => {
    expect([caretBreakingBump('2.0.0'), caretBreakingBump('0.3.1'), caretBreakingBump('0.0.1')]).toEqual(['major', 'minor', 'patch']);
  });

  it('rejects a version that is not semver', () => {
    expect(() => leavesCaret('latest', 'major')).toThrow('not a semver version: "latest"');
  });
});
