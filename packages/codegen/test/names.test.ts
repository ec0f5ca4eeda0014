import { describe, expect, it } from 'vitest';
import { camelCase, pascalCase, toIdentifier, uniqueNamer, words } from '../src/names.js';

describe('names', () => {
  it.each([
    ['Album / Image Votes (Authed)', ['Album', 'Image', 'Votes', 'Authed']],
    ['getAlbum', ['get', 'Album']],
    ['ids[]', ['ids']],
    ['café_crème', ['cafe', 'creme']],
    ['', []],
  ])('words(%j) = %j', (given, want) => expect(words(given)).toEqual(want));

  it.each([
    ['image_id', 'imageId'],
    ['getAlbum', 'getAlbum'],
    ['Album Images', 'albumImages'],
    ['ids[]', 'ids'],
    ['X-RateLimit-UserLimit', 'xRateLimitUserLimit'],
  ])('camelCase(%j) = %j', (given, want) => expect(camelCase(given)).toBe(want));

  it.each([
    ['getAlbum', 'GetAlbum'],
    ['gallery item', 'GalleryItem'],
  ])('pascalCase(%j) = %j', (given, want) => expect(pascalCase(given)).toBe(want));

  it.each([
    ['getAlbum', 'getAlbum'],
    ['delete', 'delete_'],
    ['class', 'class_'],
    ['3d', '_3d'],
    ['a-b c', 'abc'],
    ['*/', 'value'],
    ['ünïcödé', 'unicode'],
    ['søren', 'sren'],
    ['日本', 'value'],
  ])('toIdentifier(%j) = %j', (given, want) => expect(toIdentifier(given)).toBe(want));

  it('uniqueNamer numbers repeats from 2', () => {
    const next = uniqueNamer();
    expect(['a', 'a', 'b', 'a'].map(next)).toEqual(['a', 'a2', 'b', 'a3']);
  });
});
