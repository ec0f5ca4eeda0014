import { describe, expect, test } from 'vitest';
import { BEARER, CLIENT, call, expectValid, form, start, upload } from '../helpers.js';

async function withImages(n: number) {
  const s = await start();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await upload(s, BEARER)).id);
  return { s, newestFirst: ids.reverse() };
}

describe('account images: path page (0-based) and perPage (default 50, max 100)', () => {
  const cases: [path: string, from: number, count: number][] = [
    ['/3/account/imgur-mock-user/images/0', 0, 50],
    ['/3/account/imgur-mock-user/images/1', 50, 50],
    ['/3/account/imgur-mock-user/images/2', 100, 20],
    ['/3/account/imgur-mock-user/images/3', 120, 0],
    ['/3/account/imgur-mock-user/images', 0, 50],
    ['/3/account/me/images/0?perPage=42', 0, 42],
    ['/3/account/me/images/1?perPage=500', 100, 20],
    ['/3/account/me/images?page=2&perPage=30', 60, 30],
    ['/3/account/me/images.json?perPage=7&page=1', 7, 7],
  ];
  test('pages', async () => {
    const { s, newestFirst } = await withImages(120);
    for (const [path, from, count] of cases) {
      const r = await call(s, 'GET', path, { auth: BEARER });
      expect(r.status, path).toBe(200);
      expect(
        r.json.data.map((i: { id: string }) => i.id),
        path,
      ).toEqual(newestFirst.slice(from, from + count));
    }
    expectValid('account.images', (await call(s, 'GET', cases[0]![0], { auth: BEARER })).json);
    const ids = await call(s, 'GET', '/3/account/imgur-mock-user/images/ids/1?perPage=100', { auth: BEARER });
    expect(ids.json.data).toEqual(newestFirst.slice(100));
    expect((await call(s, 'GET', '/3/account/imgur-mock-user/images/count', { auth: BEARER })).json.data).toBe(120);
  });
});

test('the account, its image by id and delete by deletehash; other accounts are refused', async () => {
  const s = await start();
  const img = await upload(s, BEARER);
  const acct = await call(s, 'GET', '/3/account/imgur-mock-user', { auth: CLIENT });
  expectValid('account.accountBase', acct.json);
  expect(acct.json.data).toMatchObject({ id: 1, url: 'imgur-mock-user' });
  expect((await call(s, 'GET', '/3/account/nobody', { auth: CLIENT })).status).toBe(404);
  expect((await call(s, 'GET', `/3/account/me/image/${img.id}`, { auth: BEARER })).json.data.id).toBe(img.id);
  const other = await upload(s, BEARER);
  expect((await call(s, 'DELETE', '/3/account/me/image/nope', { auth: BEARER })).status).toBe(404);
  expect((await call(s, 'DELETE', `/3/account/me/image/${img.deletehash}`, { auth: BEARER })).json.data).toBe(true);
  expect((await call(s, 'DELETE', `/3/account/me/image/${other.id}`, { auth: BEARER })).json.data).toBe(true);
  expect((await call(s, 'GET', '/3/account/me/images/count', { auth: BEARER })).json.data).toBe(0);
});

test('albums list hides non-public albums from others; ids and count; album delete', async () => {
  const s = await start();
  const pub = (await call(s, 'POST', '/3/album', { auth: BEARER, body: form({ title: 'pub' }) })).json.data.id;
  const hid = (await call(s, 'POST', '/3/album', { auth: BEARER, body: form({ title: 'hid', privacy: 'hidden' }) })).json.data.id;
  const mine = await call(s, 'GET', '/3/account/imgur-mock-user/albums/0', { auth: BEARER });
  expectValid('account.albums', mine.json);
  expect(mine.json.data.map((a: { id: string }) => a.id)).toEqual([hid, pub]);
  expect((await call(s, 'GET', '/3/account/imgur-mock-user/albums/0', { auth: CLIENT })).json.data.map((a: { id: string }) => a.id)).toEqual([pub]);
  expect((await call(s, 'GET', '/3/account/imgur-mock-user/albums/ids/0', { auth: CLIENT })).json.data).toEqual([pub]);
  expect((await call(s, 'GET', '/3/account/imgur-mock-user/albums/count', { auth: BEARER })).json.data).toBe(2);
  expect((await call(s, 'GET', `/3/account/me/album/${hid}`, { auth: BEARER })).json.data.title).toBe('hid');
  expect((await call(s, 'DELETE', `/3/account/me/album/${hid}`, { auth: BEARER })).json.data).toBe(true);
  expect((await call(s, 'GET', '/3/account/imgur-mock-user/albums/count', { auth: BEARER })).json.data).toBe(1);
});

test('favorites and gallery favorites, newest first, oldest on request', async () => {
  const s = await start();
  const a = await upload(s, BEARER);
  const b = await upload(s, BEARER);
  await call(s, 'POST', `/3/image/${a.id}/favorite`, { auth: BEARER });
  await call(s, 'POST', `/3/image/${b.id}/favorite`, { auth: BEARER });
  const favs = await call(s, 'GET', '/3/account/imgur-mock-user/favorites/0/newest', { auth: BEARER });
  expectValid('account.accountFavorites', favs.json);
  expect(favs.json.data.map((x: { id: string }) => x.id)).toEqual([b.id, a.id]);
  expect(favs.json.data[0]).toMatchObject({ favorite: true, ups: null, in_gallery: false });
  expect((await call(s, 'GET', '/3/account/imgur-mock-user/favorites/0/oldest', { auth: BEARER })).json.data.map((x: { id: string }) => x.id)).toEqual([a.id, b.id]);
  await call(s, 'POST', `/3/gallery/image/${a.id}`, { auth: BEARER, body: form({ title: 'shared' }) });
  expect((await call(s, 'GET', '/3/account/imgur-mock-user/gallery_favorites/0/newest', { auth: CLIENT })).json.data.map((x: { id: string }) => x.id)).toEqual([a.id]);
});

test('account comments: sort, ids, count, one comment, delete', async () => {
  const s = await start();
  const img = await upload(s, BEARER);
  const ids: number[] = [];
  for (const text of ['one', 'two', 'three']) ids.push((await call(s, 'POST', '/3/comment', { auth: BEARER, body: form({ image_id: img.id, comment: text }) })).json.data.id);
  await call(s, 'POST', `/3/comment/${ids[0]}/vote/up`, { auth: BEARER });
  const newest = await call(s, 'GET', '/3/account/imgur-mock-user/comments/newest/0', { auth: BEARER });
  expectValid('account.comments', newest.json);
  expect(newest.json.data.map((c: { id: number }) => c.id)).toEqual([...ids].reverse());
  expect((await call(s, 'GET', '/3/account/imgur-mock-user/comments/best/0', { auth: BEARER })).json.data[0].id).toBe(ids[0]);
  expect((await call(s, 'GET', '/3/account/imgur-mock-user/comments/ids/oldest/0', { auth: CLIENT })).json.data).toEqual(ids);
  expect((await call(s, 'GET', '/3/account/imgur-mock-user/comments/count', { auth: CLIENT })).json.data).toBe(3);
  expect((await call(s, 'GET', `/3/account/imgur-mock-user/comment/${ids[1]}`, { auth: CLIENT })).json.data.comment).toBe('two');
  expect((await call(s, 'DELETE', `/3/account/me/comment/${ids[1]}`, { auth: BEARER })).json.data).toBe(true);
  expect((await call(s, 'GET', '/3/account/imgur-mock-user/comments/count', { auth: CLIENT })).json.data).toBe(2);
});

test('settings, blocks and credits', async () => {
  const s = await start({
    seed: {
      clients: [{ client_id: 'mock-client-id', client_secret: 's', redirect_uri: 'http://127.0.0.1/cb' }],
      users: [
        { username: 'alice', id: 1, access_token: 'ta', refresh_token: 'ra' },
        { username: 'bob', id: 2, access_token: 'tb', refresh_token: 'rb' },
      ],
    },
  });
  expect((await call(s, 'PUT', '/3/account/alice/settings', { auth: 'Bearer ta', body: form({ bio: 'hi', album_privacy: 'secret', show_mature: 'true' }) })).json.data).toBe(true);
  const settings = await call(s, 'GET', '/3/account/me/settings', { auth: 'Bearer ta' });
  expectValid('account.accountSettings', settings.json);
  expect(settings.json.data).toMatchObject({ account_url: 'alice', album_privacy: 'secret', show_mature: true });
  expect((await call(s, 'PUT', '/3/account/bob/settings', { auth: 'Bearer ta', body: form({ bio: 'x' }) })).status).toBe(403);
  const st = await call(s, 'POST', '/account/v1/bob/block', { auth: 'Bearer ta' });
  expectValid('account.accountBlockCreate', st.json);
  expect(st.json).toEqual({ data: { blocked: true } });
  expect((await call(s, 'GET', '/3/account/me/block', { auth: 'Bearer ta' })).json.data).toEqual({ items: [{ url: 'bob' }], next: null });
  expect((await call(s, 'DELETE', '/account/v1/bob/block', { auth: 'Bearer ta' })).json).toEqual({ data: { blocked: false } });
  const credits = await call(s, 'GET', '/3/credits', { auth: CLIENT });
  expectValid('misc.credits', credits.json);
  expect(credits.json.data).toMatchObject({ UserLimit: 2000, ClientLimit: 12500 });
});
