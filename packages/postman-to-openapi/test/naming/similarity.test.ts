import { describe, expect, it } from 'vitest';
import { matchLevel, normalizeName } from '../../src/naming/similarity.js';

describe('normalizeName', () => {
  it.each([
    ['image_id', 'imageid'],
    ['ids[]', 'ids'],
    ['favoritesSort', 'favoritessort'],
    ['X-API-Key', 'xapikey'],
  ])('%s -> %s', (a, b) => {
    expect(normalizeName(a)).toBe(b);
  });
});

describe('matchLevel: the documented similarity rule', () => {
  it.each<[string, string, ReturnType<typeof matchLevel>]>([
    ['username', 'username', 'exact'],
    ['deletehashes[]', 'deletehashes', 'normalized'],
    ['image_id', 'imageId', 'normalized'],
    ['favoriteSort', 'favoritesSort', 'near'],
    ['sort', 'favoritesSort', 'affix'],
    ['commentSort', 'sort', 'affix'],
    ['image_id', 'subredditImageId', 'affix'],
    ['id', 'galleryHash', undefined],
    ['id', 'subredditImageId', undefined],
    ['page', 'window', undefined],
    ['abc', 'abd', undefined],
    ['section', 'sort', undefined],
  ])('table key %s vs name %s -> %s', (key, name, want) => {
    expect(matchLevel(key, name)).toBe(want);
  });
});
