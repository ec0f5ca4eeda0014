import * as account from '@imgur-ts/account';
import * as album from '@imgur-ts/album';
import * as comment from '@imgur-ts/comment';
import { paginate, upload } from '@imgur-ts/core';
import * as gallery from '@imgur-ts/gallery';
import * as image from '@imgur-ts/image';
import { expect, test } from 'vitest';
import { mock, png, signedIn } from './setup.js';

test('upload into an album, list it, page through account images, favorites, comments, gallery share and vote', async () => {
  const s = await mock();
  const { client } = signedIn(s);
  const created = await album.createAlbum(client, { title: 'Holiday' });
  const first = await upload(client, png(), { album: created.id, title: 'in album' });
  expect(first.account_url).toBe('imgur-mock-user');
  const second = await upload(client, png(), { album: created.id });
  const inAlbum = await album.getAlbumImages(client, { albumHash: created.id });
  expect(inAlbum.map((i) => i.id)).toEqual([first.id, second.id]);
  expect(await album.getAlbum(client, { albumHash: created.id })).toMatchObject({ privacy: 'public', images_count: 2, cover: first.id });
  // a hidden album is unlisted: its id still reads it; a secret one: the Client-ID route no longer finds it, the owner's account route does
  expect(await album.updateAlbum(client, { albumHash: created.id, privacy: 'hidden' })).toEqual({ id: created.id, deletehash: created.deletehash });
  expect(await album.getAlbum(client, { albumHash: created.id })).toMatchObject({ privacy: 'hidden', images_count: 2 });
  await album.updateAlbum(client, { albumHash: created.id, privacy: 'secret' });
  expect((await album.getAlbum(client, { albumHash: created.id }).asResult()).error).toMatchObject({ status: 404 });
  expect(await account.getAlbum(client, { username: 'me', albumHash: created.id })).toMatchObject({ privacy: 'secret', images_count: 2 });

  for (let i = 0; i < 118; i++) await upload(client, 'https://example.com/x.png');
  const pages: number[] = [];
  const ids: string[] = [];
  for await (const page of paginate(client, account.getImages, { username: 'me' }).pages()) {
    pages.push(page.items.length);
    ids.push(...page.items.map((i) => i.id));
  }
  expect(pages).toEqual([50, 50, 20]);
  expect(new Set(ids).size).toBe(120);
  expect(ids.slice(-2)).toEqual([second.id, first.id]);
  expect(await account.getImageCount(client, { username: 'me' })).toBe(120);

  expect(await image.favoriteImage(client, { imageHash: first.id })).toBe('favorited');
  expect(await album.favoriteAlbum(client, { albumHash: created.id })).toBe('favorited');
  const favorites = [];
  for await (const item of paginate(client, account.getFavorites, { username: 'imgur-mock-user', favoritesSort: 'newest' })) favorites.push(item.id);
  expect(favorites).toEqual([created.id, first.id]);

  const top = await comment.createComment(client, { image_id: first.id, comment: 'lovely' });
  const reply = await comment.createReply(client, { commentId: String(top.id), image_id: first.id, comment: 'thanks' });
  const thread = await comment.getReplies(client, { commentId: String(top.id) });
  expect(thread).toMatchObject({ id: top.id, comment: 'lovely', author: 'imgur-mock-user' });
  expect(thread.children?.map((c) => [c.id, c.comment, c.parent_id])).toEqual([[reply.id, 'thanks', top.id]]);

  expect(await gallery.shareImage(client, { imageHash: first.id, title: 'Look at this', tags: 'cats,holiday', terms: 1 })).toBe(true);
  expect(await gallery.voteGalleryItem(client, { galleryHash: first.id, vote: 'up' })).toBe(true);
  expect(await gallery.getGalleryItemVotes(client, { galleryHash: first.id })).toEqual({ ups: 1, downs: 0 });
  // the SDK reads gallery items with the Client-ID (public route), so the caller's vote is not reported
  const shared = await gallery.getGalleryImage(client, { imageHash: first.id });
  expect(shared).toMatchObject({ id: first.id, title: 'Look at this', ups: 1, points: 1, vote: null, in_gallery: true, comment_count: 2 });
  const hot = [];
  for await (const item of paginate(client, gallery.getGallery, {}, { maxPages: 3 })) hot.push(item.id);
  expect(hot).toEqual([first.id]);
});
