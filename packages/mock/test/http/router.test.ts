import { describe, expect, test } from 'vitest';
import { Router, split } from '../../src/http/router.js';
import { readOperations } from '../../src/spec/operations.js';
import { fixture } from '../helpers.js';

const router = new Router(readOperations(fixture));

describe('Router.match', () => {
  const cases: [method: string, path: string, want: string | undefined, args?: string[]][] = [
    ['GET', '/3/image/abc', 'image.image', ['abc']],
    ['POST', '/3/image/abc', 'image.updateImageInformation', ['abc']],
    ['POST', '/3/image/abc/favorite', 'image.favoriteAnImage', ['abc']],
    ['GET', '/3/gallery/image/xyz', 'gallery.galleryImage', ['xyz']],
    ['GET', '/3/gallery/xyz/votes', 'gallery.albumImageVotes', ['xyz']],
    ['GET', '/3/gallery/tag_info/cats', 'gallery.galleryTagInfo', ['cats']],
    ['GET', '/3/gallery/hot/viral/day/2', 'gallery.gallery', ['hot', 'viral', 'day', '2']],
    // trailing parameters with a default may be left out, right to left
    ['GET', '/3/gallery/top', 'gallery.gallery', ['top', 'viral', 'day', '0']],
    ['GET', '/3/account/bob/images', 'account.images', ['bob', '0']],
    ['GET', '/3/account/me/images', 'account.accountImages', []],
    ['GET', '/3/account/bob/images/count', 'account.imageCount', ['bob']],
    ['GET', '/3/account/bob/images/ids/3', 'account.imageIds', ['bob', '3']],
    ['DELETE', '/account/v1/bob/block', 'account.accountBlockDelete', ['bob']],
    ['POST', '/oauth2/token', 'account.generateAccessToken', []],
    ['GET', '/3/nothing/here', undefined],
    ['PATCH', '/3/image/abc', undefined],
    // a parameter without a default cannot be left out
    ['GET', '/3/album', undefined],
  ];
  test.each(cases)('%s %s -> %s', (method, path, want, args) => {
    const m = router.match(method, split(path));
    expect(m?.op.id).toBe(want);
    if (args) expect(m?.args).toEqual(args);
  });
});

test('hasPath tells a wrong method from an unknown path', () => {
  expect(router.hasPath(split('/3/image/abc'))).toBe(true);
  expect(router.hasPath(split('/3/nope'))).toBe(false);
});
