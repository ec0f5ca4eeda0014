import { describe, expect, it } from 'vitest';
import { parseJsonLoose } from '../../src/input/json.js';

describe('parseJsonLoose', () => {
  it.each([
    ['plain JSON', '{"a": 1}', { a: 1 }],
    ['bare {{var}} becomes a string', '{"age": {{age}}, "s": "{{x}}"}', { age: '{{age}}', s: '{{x}}' }],
    ['braces inside strings are untouched', '{"t": "a {{b}} c"}', { t: 'a {{b}} c' }],
    ['not JSON', '<xml/>', undefined],
    ['empty', '', undefined],
    ['arrays nested 100 deep are read', `${'['.repeat(100)}${']'.repeat(100)}`, JSON.parse(`${'['.repeat(100)}${']'.repeat(100)}`)],
    ['arrays nested 20 000 deep are left out', `${'['.repeat(20_000)}${']'.repeat(20_000)}`, undefined],
  ])('given %s -> %j', (_name, text, want) => {
    expect(parseJsonLoose(text)).toEqual(want);
  });
});
