import { describe, expect, it } from 'vitest';
import { camelCase, pascalCase, words } from '../../src/naming/names.js';

describe('names', () => {
  it.each([
    ['Album / Image Votes (Authed)', ['Album', 'Image', 'Votes', 'Authed'], 'AlbumImageVotesAuthed', 'albumImageVotesAuthed'],
    ['Client-ID', ['Client', 'ID'], 'ClientId', 'clientId'],
    ['gallery_image', ['gallery', 'image'], 'GalleryImage', 'galleryImage'],
    ['favoritesSort', ['favorites', 'Sort'], 'FavoritesSort', 'favoritesSort'],
    ['', [], '', ''],
  ])('given %j -> words %j, Pascal %s, camel %s', (text, w, pascal, camel) => {
    expect(words(text)).toEqual(w);
    expect(pascalCase(text)).toBe(pascal);
    expect(camelCase(text)).toBe(camel);
  });
});
