import { describe, expect, it } from 'vitest';
import { surfaceChangesets } from '../../src/surface/surface-bumps.js';
import type { PlannedChangeset, SurfaceReport } from '../../src/types.js';

const r = (name: string, entries: Record<string, string>, exposes: string[] = []): SurfaceReport => ({ name, entries, exposes });
const route = { '@imgur-ts/client#paths["/3/a"]': '"/3/a": {};' };
const before = [
  r('@imgur-ts/client', route),
  r('@imgur-ts/core', { 'export . rawClient': 'x', ...route }, ['@imgur-ts/client']),
  r('@imgur-ts/comment', { 'export . getComment': 'y' }, ['@imgur-ts/core']),
  r('@imgur-ts/mock', { 'route POST /3/a': 'a.post' }),
];
const after = [
  r('@imgur-ts/client', {}),
  r('@imgur-ts/core', { 'export . rawClient': 'x' }, ['@imgur-ts/client']),
  r('@imgur-ts/comment', { 'export . getComment': 'y' }, ['@imgur-ts/core']),
  r('@imgur-ts/mock', {}),
];
const versions = new Map([
  ['@imgur-ts/client', '0.1.0'],
  ['@imgur-ts/core', '0.2.0'],
  ['@imgur-ts/comment', '0.1.0'],
  ['@imgur-ts/mock', '0.1.0'],
]);
const specPlans: PlannedChangeset[] = [{ summary: 'client: removed operation a (breaking)', releases: [{ name: '@imgur-ts/client', type: 'major' }] }];

describe('surfaceChangesets', () => {
  it('lifts a package that reaches a removed route to major, the packages exposing it too, and the mock whose route is gone', () => {
    const out = surfaceChangesets(specPlans, { before, after, versions });
    expect(out.map((c) => [c.releases[0]?.name, c.releases[0]?.type])).toEqual([
      ['@imgur-ts/core', 'major'],
      ['@imgur-ts/mock', 'major'],
      ['@imgur-ts/comment', 'major'],
    ]);
    expect(out[0]?.summary).toBe('core: removed paths\\["/3/a"\\] of @imgur-ts/client in its published API (breaking)');
    expect(out[1]?.summary).toBe('mock: removed route POST /3/a in its published API (breaking)');
    expect(out[2]?.summary).toContain('comment: its published types include those of @imgur-ts/core, which gets a release that caret ranges do not install');
  });

  it('adds nothing where the spec changes already give as much', () => {
    const all: PlannedChangeset[] = ['client', 'core', 'comment', 'mock'].map((n) => ({ summary: n, releases: [{ name: `@imgur-ts/${n}`, type: 'major' }] }));
    expect(surfaceChangesets(all, { before, after, versions })).toEqual([]);
  });

  it('gives a 0.x package exposing one with a new minor (outside ^0.x) a minor, and nothing for a patch', () => {
    const added = [r('@imgur-ts/core', { a: '1', b: '2' }), r('@imgur-ts/comment', { c: '3' }, ['@imgur-ts/core'])];
    const was = [r('@imgur-ts/core', { a: '1' }), r('@imgur-ts/comment', { c: '3' }, ['@imgur-ts/core'])];
    const out = surfaceChangesets([], { before: was, after: added, versions });
    expect(out.map((c) => c.releases[0])).toEqual([
      { name: '@imgur-ts/core', type: 'minor' },
      { name: '@imgur-ts/comment', type: 'minor' },
    ]);
    const patched = surfaceChangesets([{ summary: 'core: fix', releases: [{ name: '@imgur-ts/core', type: 'patch' }] }], { before: was, after: was, versions });
    expect(patched).toEqual([]);
  });

  it('leaves out packages the filter drops', () => {
    const out = surfaceChangesets(specPlans, { before, after, versions }, (n) => n !== '@imgur-ts/mock');
    expect(out.map((c) => c.releases[0]?.name)).toEqual(['@imgur-ts/core', '@imgur-ts/comment']);
  });
});
