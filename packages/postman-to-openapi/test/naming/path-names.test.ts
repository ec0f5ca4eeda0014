import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renamePathParams, templateKey, templateNames } from '../../src/naming/path-names.js';
import { draft } from '../support/draft.js';

describe('templateKey', () => {
  it.each([
    ['/3/image/{imageHash}', '/3/image/{}'],
    ['/3/image/{imageDeleteHash}', '/3/image/{}'],
    ['/3/account/me/settings', '/3/account/me/settings'],
    ['/3/account/{username}/settings', '/3/account/{}/settings'],
  ])('%s -> %s', (path, key) => {
    expect(templateKey(path)).toBe(key);
  });
  it('literal me and a variable are NOT equivalent templates', () => {
    expect(templateKey('/3/account/me/settings')).not.toBe(templateKey('/3/account/{username}/settings'));
  });
});

describe('templateNames', () => {
  it('lists names in order', () => {
    expect(templateNames('/a/{x}/b/{y}')).toEqual(['x', 'y']);
  });
});

describe('renamePathParams', () => {
  it('renames path and parameter, keeping the old name as alias and in the description', () => {
    const d = draft('Image', 'Image Deletion (Un-Authed)', 'delete', '/3/image/{imageDeleteHash}');
    expect(renamePathParams(d, ['imageHash'], 'Image / Image Deletion (Un-Authed)')).toEqual([['imageDeleteHash', 'imageHash']]);
    expect(d.path).toBe('/3/image/{imageHash}');
    expect(d.operation.parameters).toEqual([
      {
        name: 'imageHash',
        in: 'path',
        required: true,
        schema: { type: 'string' },
        'x-aliases': ['imageDeleteHash'],
        description: 'Named `imageDeleteHash` in Image / Image Deletion (Un-Authed).',
      },
    ]);
  });
  it('same names -> no change', () => {
    const d = draft('Image', 'Image', 'get', '/3/image/{imageHash}');
    expect(renamePathParams(d, ['imageHash'], 'x')).toEqual([]);
    expect(d.operation.parameters?.[0]?.['x-aliases']).toBeUndefined();
  });
});

describe('templateKey and templateNames', () => {
  it('read templates as the regular expressions they replace, on any text', () => {
    const text = fc.array(fc.constantFrom('{', '}', '/', 'a', 'id', '{x}', '{}', '{{', '}}', ' '), { maxLength: 14 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (path) => {
        expect(templateKey(path)).toBe(path.replace(/\{[^{}]*\}/g, '{}'));
        expect(templateNames(path)).toEqual([...path.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? ''));
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });
});
