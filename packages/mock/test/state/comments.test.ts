import { expect, test } from 'vitest';
import { BEARER, CLIENT, call, expectValid, form, start, upload } from '../helpers.js';

test('create, reply (both ways), get with children, replies, vote, delete', async () => {
  const s = await start();
  const img = await upload(s, BEARER);
  const c = await call(s, 'POST', '/3/comment', { auth: BEARER, body: form({ image_id: img.id, comment: 'first!' }) });
  expectValid('comment.commentCreation', c.json);
  const id = c.json.data.id as number;
  const r1 = await call(s, 'POST', `/3/comment/${id}`, { auth: BEARER, body: form({ image_id: img.id, comment: 'reply one' }) });
  const r2 = await call(s, 'POST', '/3/comment', { auth: BEARER, body: form({ image_id: img.id, comment: 'reply two', parent_id: String(id) }) });
  const got = await call(s, 'GET', `/3/comment/${id}`, { auth: CLIENT });
  expectValid('comment.comment', got.json);
  expect(got.json.data).toMatchObject({ id, comment: 'first!', author: 'imgur-mock-user', author_id: 1, image_id: img.id, on_album: false, parent_id: 0, deleted: false });
  expect(got.json.data.children.map((x: { comment: string; parent_id: number }) => [x.comment, x.parent_id])).toEqual([
    ['reply one', id],
    ['reply two', id],
  ]);
  const replies = await call(s, 'GET', `/3/comment/${id}/replies`, { auth: CLIENT });
  expectValid('comment.replies', replies.json);
  expect(replies.json.data.children).toHaveLength(2);
  expect((await call(s, 'POST', `/3/comment/${id}/vote/up`, { auth: BEARER })).json.data).toBe(true);
  expect((await call(s, 'GET', `/3/comment/${id}`, { auth: BEARER })).json.data).toMatchObject({ ups: 1, downs: 0, points: 1, vote: 'up' });
  await call(s, 'POST', `/3/comment/${id}/vote/down`, { auth: BEARER });
  expect((await call(s, 'GET', `/3/comment/${id}`, { auth: BEARER })).json.data).toMatchObject({ ups: 0, downs: 1, vote: 'down' });
  await call(s, 'POST', `/3/comment/${id}/vote/veto`, { auth: BEARER });
  expect((await call(s, 'GET', `/3/comment/${id}`, { auth: BEARER })).json.data).toMatchObject({ ups: 0, downs: 0, vote: null });
  expect((await call(s, 'DELETE', `/3/comment/${r1.json.data.id}`, { auth: BEARER })).json.data).toBe(true);
  expect((await call(s, 'GET', `/3/comment/${id}`, { auth: CLIENT })).json.data.children.map((x: { id: number }) => x.id)).toEqual([r2.json.data.id]);
  expect((await call(s, 'GET', `/3/comment/${r1.json.data.id}`, { auth: CLIENT })).status).toBe(404);
});

test('comments on albums, missing items and foreign deletes', async () => {
  const s = await start({
    seed: {
      clients: [{ client_id: 'mock-client-id', client_secret: 's', redirect_uri: 'http://127.0.0.1/cb' }],
      users: [
        { username: 'alice', id: 1, access_token: 'ta', refresh_token: 'ra' },
        { username: 'bob', id: 2, access_token: 'tb', refresh_token: 'rb' },
      ],
    },
  });
  const { id: albumId } = (await call(s, 'POST', '/3/album', { auth: 'Bearer ta', body: form({ title: 'A' }) })).json.data;
  const c = await call(s, 'POST', '/3/comment', { auth: 'Bearer ta', body: form({ image_id: albumId, comment: 'on album' }) });
  expect((await call(s, 'GET', `/3/comment/${c.json.data.id}`, { auth: CLIENT })).json.data.on_album).toBe(true);
  expect((await call(s, 'POST', '/3/comment', { auth: 'Bearer ta', body: form({ image_id: 'ghost', comment: 'x' }) })).status).toBe(404);
  expect((await call(s, 'DELETE', `/3/comment/${c.json.data.id}`, { auth: 'Bearer tb' })).status).toBe(403);
  expect((await call(s, 'POST', `/3/comment/${c.json.data.id}/report`, { auth: 'Bearer tb', body: form({ reason: '2' }) })).json.data).toBe(true);
});
