import { expect, test } from 'vitest';
import { openapiDocument } from '../../src/generated/openapi.gen.js';
import { BEARER, CLIENT, call, expectValid, form, start, upload } from '../helpers.js';

const share = { title: 'Look', topic: 'Funny', terms: '1', tags: 'Cats, dogs ,cats' };

test('share an image, get it, vote, tags, comments, list, remove', async () => {
  const s = await start();
  const img = await upload(s, BEARER);
  expect((await call(s, 'GET', `/3/gallery/image/${img.id}`, { auth: CLIENT })).status).toBe(404);
  expect((await call(s, 'POST', `/3/gallery/image/${img.id}`, { auth: BEARER, body: form(share) })).json.data).toBe(true);
  const got = await call(s, 'GET', `/3/gallery/image/${img.id}`, { auth: CLIENT });
  expectValid('gallery.galleryImage', got.json);
  expect(got.json.data).toMatchObject({ id: img.id, title: 'Look', topic: 'Funny', is_album: false, in_gallery: true, ups: 0, downs: 0, comment_count: 0 });
  expect(got.json.data.tags.map((t: { name: string }) => t.name)).toEqual(['cats', 'dogs']);
  expect((await call(s, 'GET', `/3/image/${img.id}`, { auth: CLIENT })).json.data.in_gallery).toBe(true);
  await call(s, 'POST', `/3/gallery/${img.id}/vote/up`, { auth: BEARER });
  const votes = await call(s, 'GET', `/3/gallery/${img.id}/votes`, { auth: CLIENT });
  expectValid('gallery.albumImageVotes', votes.json);
  expect(votes.json.data).toEqual({ ups: 1, downs: 0 });
  expect((await call(s, 'GET', `/3/gallery/image/${img.id}`, { auth: BEARER })).json.data).toMatchObject({ vote: 'up', points: 1, score: 1 });
  await call(s, 'POST', `/3/gallery/${img.id}/vote/veto`, { auth: BEARER });
  expect((await call(s, 'GET', `/3/gallery/${img.id}/votes`, { auth: CLIENT })).json.data).toEqual({ ups: 0, downs: 0 });
  await call(s, 'POST', `/3/gallery/tags/${img.id}`, { auth: BEARER, body: form({ tags: 'birds' }) });
  const tags = await call(s, 'GET', `/3/gallery/${img.id}/tags`, { auth: CLIENT });
  expectValid('gallery.galleryItemTags', tags.json);
  expect(tags.json.data.tags.map((t: { name: string }) => t.name)).toEqual(['birds']);
  expect((await call(s, 'GET', '/3/gallery/tag_info/birds', { auth: CLIENT })).json.data).toMatchObject({ name: 'birds', total_items: 1 });
  const c = await call(s, 'POST', `/3/gallery/${img.id}/comment`, { auth: BEARER, body: form({ comment: 'nice' }) });
  const list = await call(s, 'GET', `/3/gallery/${img.id}/comments/best`, { auth: CLIENT });
  expectValid('gallery.albumImageComments', list.json);
  expect(list.json.data.map((x: { id: number }) => x.id)).toEqual([c.json.data.id]);
  expect((await call(s, 'GET', `/3/gallery/${img.id}/comment/${c.json.data.id}`, { auth: CLIENT })).json.data.comment).toBe('nice');
  const hot = await call(s, 'GET', '/3/gallery/hot/viral/day/0', { auth: CLIENT });
  expectValid('gallery.gallery', hot.json);
  expect(hot.json.data.map((x: { id: string }) => x.id)).toEqual([img.id]);
  expect((await call(s, 'GET', '/3/gallery/hot/viral/day/1', { auth: CLIENT })).json.data).toEqual([]);
  expect((await call(s, 'DELETE', `/3/gallery/${img.id}`, { auth: BEARER })).json.data).toBe(true);
  expect((await call(s, 'GET', `/3/gallery/image/${img.id}`, { auth: CLIENT })).status).toBe(404);
});

test('share an album; only owners share or remove', async () => {
  const s = await start({
    seed: {
      clients: [{ client_id: 'mock-client-id', client_secret: 's', redirect_uri: 'http://127.0.0.1/cb' }],
      users: [
        { username: 'alice', id: 1, access_token: 'ta', refresh_token: 'ra' },
        { username: 'bob', id: 2, access_token: 'tb', refresh_token: 'rb' },
      ],
    },
  });
  const img = await upload(s, 'Bearer ta');
  const { id } = (await call(s, 'POST', '/3/album', { auth: 'Bearer ta', body: form({ 'ids[]': [img.id], title: 'Album' }) })).json.data;
  expect((await call(s, 'POST', `/3/gallery/album/${id}`, { auth: 'Bearer tb', body: form(share) })).status).toBe(403);
  expect((await call(s, 'POST', `/3/gallery/album/${id}`, { auth: 'Bearer ta', body: form(share) })).json.data).toBe(true);
  const got = await call(s, 'GET', `/3/gallery/album/${id}`, { auth: CLIENT });
  expectValid('gallery.galleryAlbum', got.json);
  expect(got.json.data).toMatchObject({ id, is_album: true, images_count: 1 });
  expect((await call(s, 'GET', `/3/gallery/image/${id}`, { auth: CLIENT })).status).toBe(404);
  expect((await call(s, 'DELETE', `/3/gallery/${id}`, { auth: 'Bearer tb' })).status).toBe(403);
  const subs = await call(s, 'GET', '/3/account/alice/submissions/0', { auth: CLIENT });
  expectValid('account.accountSubmissions', subs.json);
  expect(subs.json.data.map((x: { id: string }) => x.id)).toEqual([id]);
});

test('tags, tag info, tag follows, search and subreddits come from what was shared', async () => {
  const [c, up, bearer, client] = [call, upload, BEARER, CLIENT];
  const s = await start({ spec: openapiDocument });
  const a = await up(s, bearer, { title: 'Sunset over the bay' });
  const b = await up(s, bearer, { title: 'A cat on a keyboard' });
  await c(s, 'POST', `/3/gallery/image/${a.id}`, { auth: bearer, body: new URLSearchParams({ title: 'Sunset over the bay', tags: 'nature,pics', topic: 'Aww' }) });
  await c(s, 'POST', `/3/gallery/image/${b.id}`, { auth: bearer, body: new URLSearchParams({ title: 'A cat on a keyboard', tags: 'cats,pics' }) });
  const tags = (await c(s, 'GET', '/3/tags', { auth: client })).json.data;
  expect(tags.tags.map((t: { name: string }) => t.name)).toEqual(['pics', 'cats', 'nature']);
  expect(tags.featured).toBe('pics');
  expect(tags.galleries).toMatchObject([{ name: 'Aww', topPost: { id: a.id } }]);
  expect((await c(s, 'POST', '/3/account/me/follow/tag/pics', { auth: bearer })).json.data).toEqual({ status: 1 });
  expect((await c(s, 'GET', '/3/gallery/tag_info/pics', { auth: bearer })).json.data).toMatchObject({
    name: 'pics',
    total_items: 2,
    followers: 1,
    following: true,
    accent: expect.stringMatching(/^[0-9A-F]{6}$/),
  });
  await c(s, 'DELETE', '/3/account/me/follow/tag/pics', { auth: bearer });
  expect((await c(s, 'GET', '/3/gallery/tag_info/pics', { auth: bearer })).json.data).toMatchObject({ followers: 0, following: false });
  const ids = async (path: string) => (await c(s, 'GET', path, { auth: client })).json.data.map((i: { id: string }) => i.id);
  expect(await ids('/3/gallery/search?q=cat')).toEqual([b.id]);
  expect(await ids('/3/gallery/search?q=sunset OR keyboard')).toEqual([b.id, a.id]);
  expect(await ids('/3/gallery/search?q=pics -cat')).toEqual([a.id]);
  expect(await ids('/3/gallery/search?q=tag:nature')).toEqual([a.id]);
  expect(await ids('/3/gallery/search')).toEqual([]);
  expect(await ids('/3/gallery/r/cats')).toEqual([b.id]);
  expect(await ids('/3/gallery/r/pics/time/0')).toEqual([b.id, a.id]);
  const tagPage = (await c(s, 'GET', '/3/gallery/t/nature', { auth: client })).json.data;
  expect(tagPage.items.map((i: { id: string }) => i.id)).toEqual([a.id]);
  expect((await c(s, 'GET', `/3/gallery/r/cats/${a.id}`, { auth: client })).status).toBe(404);
  expect((await c(s, 'GET', '/3/account/imgur-mock-user/gallery_profile', { auth: bearer })).json.data).toMatchObject({ total_gallery_submissions: 2, trophies: [] });
});
