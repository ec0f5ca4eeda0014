import { expect, test } from 'vitest';
import { BEARER, CLIENT, call, expectValid, form, start, upload } from '../helpers.js';

test('anonymous album: create with deletehashes, get, images, add, remove, set, delete via deletehash', async () => {
  const s = await start();
  const [a, b, c] = [await upload(s, CLIENT), await upload(s, CLIENT), await upload(s, CLIENT)];
  const created = await call(s, 'POST', '/3/album', { auth: CLIENT, body: form({ 'deletehashes[]': [a.deletehash, b.deletehash], title: 'Trip' }) });
  expectValid('album.albumCreation', created.json);
  const { id, deletehash } = created.json.data;
  const got = await call(s, 'GET', `/3/album/${id}`, { auth: CLIENT });
  expectValid('album.album', got.json);
  expect(got.json.data).toMatchObject({ id, title: 'Trip', images_count: 2, cover: a.id, privacy: 'public', account_url: null });
  expect(got.json.data.images.map((i: { id: string }) => i.id)).toEqual([a.id, b.id]);
  expect((await call(s, 'POST', `/3/album/${id}/add`, { auth: CLIENT, body: form({ 'deletehashes[]': [c.deletehash] }) })).status).toBe(403);
  expect((await call(s, 'POST', `/3/album/${deletehash}/add`, { auth: CLIENT, body: form({ deletehashes: `${c.deletehash}` }) })).json.data).toBe(true);
  const images = await call(s, 'GET', `/3/album/${id}/images`, { auth: CLIENT });
  expectValid('album.albumImages', images.json);
  expect(images.json.data.map((i: { id: string }) => i.id)).toEqual([a.id, b.id, c.id]);
  expect((await call(s, 'GET', `/3/album/${id}/image/${c.id}`, { auth: CLIENT })).json.data.id).toBe(c.id);
  await call(s, 'POST', `/3/album/${deletehash}/remove_images`, { auth: CLIENT, body: form({ 'ids[]': [a.id] }) });
  expect((await call(s, 'GET', `/3/album/${id}`, { auth: CLIENT })).json.data).toMatchObject({ images_count: 2, cover: b.id });
  await call(s, 'POST', `/3/album/${deletehash}`, { auth: CLIENT, body: form({ 'deletehashes[]': [a.deletehash] }) });
  expect((await call(s, 'GET', `/3/album/${id}/images`, { auth: CLIENT })).json.data.map((i: { id: string }) => i.id)).toEqual([a.id]);
  await call(s, 'PUT', `/3/album/${deletehash}`, { auth: CLIENT, body: form({ title: 'Renamed', description: 'D' }) });
  expect((await call(s, 'GET', `/3/album/${id}`, { auth: CLIENT })).json.data).toMatchObject({ title: 'Renamed', description: 'D' });
  expect((await call(s, 'DELETE', `/3/album/${id}`, { auth: CLIENT })).status).toBe(403);
  expect((await call(s, 'DELETE', `/3/album/${deletehash}`, { auth: CLIENT })).json.data).toBe(true);
  expect((await call(s, 'GET', `/3/album/${id}`, { auth: CLIENT })).status).toBe(404);
  expect(s.snapshot().images).toHaveLength(3);
});

test('account album: ids[] of own images, upload into it, hidden/secret only visible to the owner', async () => {
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
  const created = await call(s, 'POST', '/3/album', { auth: 'Bearer ta', body: form({ 'ids[]': [img.id], privacy: 'secret' }) });
  const { id } = created.json.data;
  const up = await upload(s, 'Bearer ta', { album: id });
  const own = await call(s, 'GET', `/3/album/${id}`, { auth: 'Bearer ta' });
  expect(own.json.data).toMatchObject({ privacy: 'secret', account_url: 'alice', images_count: 2, deletehash: created.json.data.deletehash });
  expect(own.json.data.images.map((i: { id: string }) => i.id)).toEqual([img.id, up.id]);
  expect((await call(s, 'GET', `/3/album/${id}`, { auth: 'Bearer tb' })).status).toBe(404);
  expect((await call(s, 'GET', `/3/album/${id}`, { auth: CLIENT })).status).toBe(404);
  // bob cannot put alice's image in his album by id
  expect((await call(s, 'POST', '/3/album', { auth: 'Bearer tb', body: form({ 'ids[]': [img.id] }) })).status).toBe(403);
  expect((await call(s, 'POST', '/3/album', { auth: 'Bearer tb', body: form({ 'ids[]': ['nope'] }) })).json.data.error).toMatch(/no image with the id nope/);
  expect((await call(s, 'PUT', `/3/album/${id}`, { auth: 'Bearer ta', body: form({ privacy: 'public' }) })).json.data).toEqual({ id, deletehash: created.json.data.deletehash });
  expect((await call(s, 'GET', `/3/album/${id}`, { auth: 'Bearer tb' })).json.data.deletehash).toBeUndefined();
});

test('album favorite toggles', async () => {
  const s = await start();
  const { id } = (await call(s, 'POST', '/3/album', { auth: BEARER, body: form({ title: 'F' }) })).json.data;
  const fav = await call(s, 'POST', `/3/album/${id}/favorite`, { auth: BEARER });
  expectValid('album.favoriteAlbum', fav.json);
  expect(fav.json.data).toBe('favorited');
  expect((await call(s, 'GET', `/3/album/${id}`, { auth: BEARER })).json.data.favorite).toBe(true);
  expect((await call(s, 'POST', `/3/album/${id}/favorite`, { auth: BEARER })).json.data).toBe('unfavorited');
});

test('set and add need ids[] or deletehashes[]; the cover must be in the album', async () => {
  const s = await start();
  const { deletehash } = (await call(s, 'POST', '/3/album', { auth: CLIENT, body: form({ title: 'x' }) })).json.data;
  expect((await call(s, 'POST', `/3/album/${deletehash}/add`, { auth: CLIENT, body: form({ title: 'y' }) })).json.data.error).toBe(
    'Missing required field `ids[]` or `deletehashes[]`',
  );
  expect((await call(s, 'PUT', `/3/album/${deletehash}`, { auth: CLIENT, body: form({ cover: 'zzz' }) })).json.data.error).toMatch(/`cover`/);
});
