import { describe, expect, it } from 'vitest';
import { diffSurface } from '../../src/surface/diff-surface.js';
import type { SurfaceReport } from '../../src/types.js';

const report = (entries: Record<string, string>): SurfaceReport => ({ name: '@imgur-ts/core', entries, exposes: [] });
const base = {
  'export . rawClient': '@imgur-ts/core#rawClient',
  '@imgur-ts/client#paths': 'export interface paths { }',
  '@imgur-ts/client#paths["/3/a"]': '"/3/a": {};',
  '@imgur-ts/client#paths["/3/a"].get': 'get: operations["a"];',
};

describe('diffSurface', () => {
  it.each([
    ['nothing changed', base, 'none', [], [], []],
    [
      'a member removed, with its subtree named once',
      { ...base, '@imgur-ts/client#paths["/3/a"]': undefined, '@imgur-ts/client#paths["/3/a"].get': undefined },
      'major',
      ['@imgur-ts/client#paths["/3/a"]'],
      [],
      [],
    ],
    ['a member changed', { ...base, '@imgur-ts/client#paths["/3/a"].get': 'get: operations["b"];' }, 'major', [], ['@imgur-ts/client#paths["/3/a"].get'], []],
    [
      'a member added',
      { ...base, '@imgur-ts/client#paths["/3/b"]': '"/3/b": {};', '@imgur-ts/client#paths["/3/b"].get': 'get: x;' },
      'minor',
      [],
      [],
      ['@imgur-ts/client#paths["/3/b"]'],
    ],
  ])('%s', (_, after, bump, removed, changed, added) => {
    const entries = Object.fromEntries(Object.entries(after).filter((e): e is [string, string] => e[1] !== undefined));
    expect(diffSurface('@imgur-ts/core', report(base), report(entries))).toEqual({ name: '@imgur-ts/core', bump, removed, changed, added });
  });

  it('treats a package missing on one side as all removed or all added', () => {
    expect(diffSurface('@imgur-ts/core', undefined, report({ 'export . a': 'x' })).bump).toBe('minor');
    expect(diffSurface('@imgur-ts/core', report({ 'export . a': 'x' }), undefined).bump).toBe('major');
  });
});
