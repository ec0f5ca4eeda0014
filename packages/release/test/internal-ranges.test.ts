import { describe, expect, it } from 'vitest';
import { internalRangeProblems, type PublishedVersion } from '../src/published.js';

const row = (dependencies: Record<string, string>): PublishedVersion => ({ name: '@imgur-ts/album', version: '1.0.0', tarballBytes: 1, dependencies });
const versions = new Map([
  ['@imgur-ts/core', '0.1.1'],
  ['@imgur-ts/client', '1.0.0'],
]);

describe('internalRangeProblems', () => {
  it('accepts exact versions of the workspace packages and leaves third-party ranges alone', () => {
    expect(internalRangeProblems([row({ '@imgur-ts/core': '0.1.1', '@imgur-ts/client': '1.0.0', 'openapi-fetch': '0.17.0' })], versions)).toEqual([]);
  });

  it('names a workspace: range left in and a stale version', () => {
    expect(internalRangeProblems([row({ '@imgur-ts/core': 'workspace:*', '@imgur-ts/client': '0.1.0' })], versions)).toEqual([
      '@imgur-ts/album@1.0.0: dependency @imgur-ts/core is still "workspace:*"',
      '@imgur-ts/album@1.0.0: dependency @imgur-ts/client is "0.1.0", want "1.0.0"',
    ]);
  });
});
