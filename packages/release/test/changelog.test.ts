import { describe, expect, it } from 'vitest';
import { bumpBetween, changelogEntries } from '../src/changelog.js';

const changelog = `# @imgur-ts/album

## 1.0.0

### Major Changes

- 4ba466b: album: removed operation album.getAlbumImage (breaking)

### Patch Changes

- Updated dependencies [4ba466b]
  - @imgur-ts/client@1.0.0

## 0.1.0

### Minor Changes

- 6105f9a: release: first public release
`;

describe('changelogEntries', () => {
  it('lists the entries of one version without the changeset id', () => {
    expect(changelogEntries(changelog, '1.0.0')).toEqual(['album: removed operation album.getAlbumImage (breaking)', 'Updated dependencies [4ba466b]']);
    expect(changelogEntries(changelog, '0.1.0')).toEqual(['release: first public release']);
  });

  it('is empty for a version without a section', () => {
    expect(changelogEntries(changelog, '2.0.0')).toEqual([]);
    expect(changelogEntries('', '1.0.0')).toEqual([]);
  });
});

describe('bumpBetween', () => {
  it.each([
    ['0.1.0', '1.0.0', 'major'],
    ['1.2.3', '2.0.0', 'major'],
    ['0.1.0', '0.2.0', 'minor'],
    ['1.0.0', '1.0.1', 'patch'],
  ] as const)('%s -> %s is %s', (from, to, want) => {
    expect(bumpBetween(from, to)).toBe(want);
  });

  it('refuses what is not one semver step', () => {
    expect(() => bumpBetween('1.0.0', '1.0.0')).toThrow('1.0.0 -> 1.0.0 is not one semver step');
    expect(() => bumpBetween('1.0.0', '3.0.0')).toThrow('not one semver step');
    expect(() => bumpBetween('1.0', '1.0.1')).toThrow('not a plain x.y.z version: "1.0"');
  });
});
