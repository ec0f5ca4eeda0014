import fc from 'fast-check';
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

  it('words splits like the regular expressions it replaces, on any text', () => {
    const reference = (text: string): string[] =>
      text
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .split(/[^A-Za-z0-9]+/)
        .filter((w) => w !== '');
    const text = fc.array(fc.constantFrom('a', 'Z', 'B', '9', '0', ' ', '-', '_', '/', '(', 'é', 'ß', '\u{1F600}', 'Ab', 'aB', '1A'), { maxLength: 16 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (t) => {
        expect(words(t)).toEqual(reference(t));
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });

  it('PascalCase and camelCase: each word capitalised and the rest lower case, as built from the words', () => {
    const pascal = (text: string): string => words(text).reduce((out, w) => out + w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(), '');
    const camel = (text: string): string => {
      const p = pascal(text);
      return p.charAt(0).toLowerCase() + p.slice(1);
    };
    const text = fc.array(fc.constantFrom('a', 'Z', 'B', 'id', 'ID', 'Id', '9', '0', ' ', '-', '_', '/', 'é', 'Ab', 'aB', '1A', 'xY'), { maxLength: 16 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (t) => {
        expect(pascalCase(t)).toBe(pascal(t));
        expect(camelCase(t)).toBe(camel(t));
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });
});
