import { describe, expect, test } from 'vitest';
import { openapiDocument } from '../src/generated/openapi.gen.js';
import { Router, split } from '../src/http/router.js';
import { readOperations } from '../src/spec/operations.js';

// Paths real clients send, against the bundled spec: trailing slashes, left-out and enum-checked segments, aliases.
const router = new Router(readOperations(openapiDocument));

describe('routing as Imgur does', () => {
  const cases: [method: string, path: string, id: string | undefined, args?: string[]][] = [
    ['GET', '/3/account/bob/albums/ids/', 'account.getAlbumIds', ['bob', '0']],
    ['GET', '/3/account/bob/albums/ids', 'account.getAlbumIds', ['bob', '0']],
    ['GET', '/3/account/bob/albums/ids/2', 'account.getAlbumIds', ['bob', '2']],
    ['GET', '/3/account/bob/albums/', 'account.getAlbums', ['bob', '0']],
    ['GET', '/3/account/bob/albums/3/', 'account.getAlbums', ['bob', '3']],
    ['GET', '/3/account/bob/images/ids/', 'account.getImageIds', ['bob', '0']],
    ['GET', '/3/account/bob/albums/count', 'account.getAlbumCount', ['bob']],
    ['GET', '/3/gallery/hot/viral', 'gallery.getGallery', ['hot', 'viral', 'day', '0']],
    // the window is left out unless the section is top (as the imgur package sends it)
    ['GET', '/3/gallery/hot/viral/2', 'gallery.getGallery', ['hot', 'viral', 'day', '2']],
    ['GET', '/3/gallery/top/top/week/1', 'gallery.getGallery', ['top', 'top', 'week', '1']],
    ['GET', '/3/gallery/r/cats', 'gallery.getSubredditGallery', ['cats', 'time', 'week', '0']],
    ['GET', '/3/gallery/r/cats/time', 'gallery.getSubredditGallery', ['cats', 'time', 'week', '0']],
    ['GET', '/3/gallery/r/cats/time/1', 'gallery.getSubredditGallery', ['cats', 'time', 'week', '1']],
    ['GET', '/3/gallery/r/cats/top/week', 'gallery.getSubredditGallery', ['cats', 'top', 'week', '0']],
    ['GET', '/3/gallery/r/cats/AbC1234', 'gallery.getSubredditImage', ['cats', 'AbC1234']],
    ['GET', '/3/gallery/search', 'gallery.searchGallery', ['time', 'all', '0']],
    ['GET', '/3/gallery/search/top/week/1/', 'gallery.searchGallery', ['top', 'week', '1']],
    ['GET', '/3/gallery/AbC1234/votes', 'gallery.getGalleryItemVotes', ['AbC1234']],
    ['GET', '/3/gallery/AbC1234/comments', 'gallery.getGalleryItemComments', ['AbC1234', 'best']],
    ['POST', '/3/image', 'image.uploadImage', []],
    ['POST', '/3/image/', 'image.uploadImage', []],
    ['POST', '/3/image/AbC1234', 'image.updateImage', ['AbC1234']],
    ['GET', '/3/image', undefined],
  ];
  test.each(cases)('%s %s -> %s', (method, path, id, args) => {
    const m = router.match(method, split(path));
    expect(m?.op.id).toBe(id);
    if (args) expect(m?.args).toEqual(args);
  });
});
