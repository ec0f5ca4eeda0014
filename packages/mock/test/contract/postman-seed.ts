import type { MockServer } from '../../src/types.js';
import { BEARER, CLIENT, call, form, png } from '../helpers.js';

/**
 * Puts into a freshly reset mock every object a request of Imgur's Postman collection names, as the seed's first
 * user: two images, an album of the first one shared to the gallery with a comment on it, an image
 * shared under the `pics` and `funny` tags, and a follow of `funny`. Resolves to the collection's variables.
 */
export async function seedForCollection(s: MockServer): Promise<Record<string, string>> {
  s.reset();
  const ok = async (method: string, path: string, body?: BodyInit, auth = BEARER) => {
    const r = await call(s, method, path, { auth, ...(body === undefined ? {} : { body }) });
    if (r.status !== 200) throw new Error(`seeding ${method} ${path} failed: ${r.status} ${r.text}`);
    return r.json.data;
  };
  const img1 = await ok('POST', '/3/upload', form({ image: png(4, 4), title: 'first' }));
  const img2 = await ok('POST', '/3/upload', form({ image: png(5, 5), title: 'second' }));
  const shot = await ok('POST', '/3/upload', form({ image: png(6, 6), title: 'a cat in r/pics' }));
  const album = await ok('POST', '/3/album', form({ 'ids[]': [img1.id], title: 'seeded album' }));
  await ok('POST', `/3/gallery/album/${album.id}`, form({ title: 'Seeded album', tags: 'funny,cats', terms: '1' }));
  await ok('POST', `/3/gallery/image/${shot.id}`, form({ title: 'A cat', tags: 'pics,funny', terms: '1' }));
  const comment = await ok('POST', '/3/comment', form({ image_id: album.id, comment: 'First!' }));
  await ok('POST', '/3/account/me/follow/tag/funny');
  await ok('GET', '/3/credits', undefined, CLIENT);
  return {
    clientId: 'mock-client-id',
    clientSecret: 'mock-client-secret',
    refreshToken: 'mock-refresh-token',
    accessToken: 'mock-access-token',
    username: s.snapshot().tokens[0]?.username ?? '',
    imageHash: img1.id,
    imageId: img1.id,
    imageDeleteHash: img1.deletehash,
    deleteHash: img1.deletehash,
    imageHash2: img2.id,
    image2Hash: img2.id,
    imageDeleteHash2: img2.deletehash,
    deleteHash2: img2.deletehash,
    albumHash: album.id,
    albumDeleteHash: album.deletehash,
    galleryHash: album.id,
    galleryImageHash: shot.id,
    subredditImageId: shot.id,
    subreddit: 'pics',
    tagName: 'funny',
    commentId: String(comment.id),
  };
}
