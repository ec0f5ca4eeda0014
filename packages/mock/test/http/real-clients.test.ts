/** What clients nobody here wrote send, answered as Imgur answers it (bundled spec). */
import { expect, test } from 'vitest';
import { openapiDocument } from '../../src/generated/openapi.gen.js';
import { BEARER, CLIENT, STRANGER, TWO_USERS_SEED, call, form, start, upload } from '../helpers.js';

const spec = openapiDocument;
const seed = TWO_USERS_SEED;

test('reports answer for items that exist: a comment or a gallery item; unknown ones are 404', async () => {
  const s = await start({ spec, seed });
  const img = await upload(s, BEARER);
  const c = (await call(s, 'POST', '/3/comment', { auth: BEARER, body: form({ image_id: img.id, comment: 'x' }) })).json.data.id;
  expect((await call(s, 'POST', `/3/comment/${c}/report`, { auth: STRANGER, body: form({ reason: '2' }) })).json.data).toBe(true);
  expect((await call(s, 'POST', '/3/comment/999/report', { auth: STRANGER, body: form({ reason: '2' }) })).status).toBe(404);
  expect((await call(s, 'POST', `/3/gallery/image/${img.id}/report`, { auth: STRANGER, body: form({ reason: '1' }) })).status).toBe(404);
  await call(s, 'POST', `/3/gallery/image/${img.id}`, { auth: BEARER, body: form({ title: 'shared' }) });
  expect((await call(s, 'POST', `/3/gallery/image/${img.id}/report`, { auth: STRANGER, body: form({ reason: '1' }) })).json.data).toBe(true);
});

test('{username} equal to the caller works wherever me does; Client-ID reads the comments Imgur serves publicly', async () => {
  const s = await start({ spec, seed });
  const settings = await call(s, 'GET', '/3/account/IMGUR-MOCK-USER/settings', { auth: BEARER });
  expect([settings.status, settings.json.data.account_url]).toEqual([200, 'imgur-mock-user']);
  expect((await call(s, 'GET', '/3/account/imgur-mock-user/block', { auth: BEARER })).status).toBe(200);
  expect((await call(s, 'GET', '/3/account/stranger/settings', { auth: BEARER })).status).toBe(404);
  const img = await upload(s, BEARER);
  await call(s, 'POST', '/3/comment', { auth: BEARER, body: form({ image_id: img.id, comment: 'public words' }) });
  const list = await call(s, 'GET', '/3/account/imgur-mock-user/comments/newest/0', { auth: CLIENT });
  expect(list.status).toBe(200);
  expect(list.json.data.map((c: { comment: string }) => c.comment)).toEqual(['public words']);
});

test("a plain field sent twice keeps the last value (Imgur's Comment Creation sends image_id twice); name[] fields stay lists", async () => {
  const s = await start({ spec, seed });
  const img = await upload(s, BEARER);
  const other = await upload(s, BEARER);
  const body = new URLSearchParams([
    ['image_id', img.id],
    ['image_id', other.id],
    ['comment', 'twice'],
  ]);
  const r = await call(s, 'POST', '/3/comment', { auth: BEARER, body });
  expect(r.status).toBe(200);
  expect((await call(s, 'GET', `/3/comment/${r.json.data.id}`, { auth: CLIENT })).json.data.image_id).toBe(other.id);
  const album = await call(s, 'POST', '/3/album', {
    auth: BEARER,
    body: new URLSearchParams([
      ['ids[]', img.id],
      ['ids[]', other.id],
    ]),
  });
  expect((await call(s, 'GET', `/3/album/${album.json.data.id}/images`, { auth: CLIENT })).json.data.map((i: { id: string }) => i.id)).toEqual([img.id, other.id]);
});

test('a gallery item answers its tags as tag votes, as recorded answers show: name, ups, downs, who added it', async () => {
  const s = await start({ spec, seed });
  const img = await upload(s, BEARER);
  await call(s, 'POST', `/3/gallery/image/${img.id}`, { auth: BEARER, body: form({ title: 'shared', tags: 'cats' }) });
  await call(s, 'POST', `/3/gallery/tags/${img.id}`, { auth: STRANGER, body: form({ tags: 'cats,birds' }) });
  const r = await call(s, 'GET', `/3/gallery/${img.id}/tags`, { auth: CLIENT });
  expect(r.json.data.tags).toEqual([
    { name: 'cats', ups: 1, downs: 0, author: 'imgur-mock-user' },
    { name: 'birds', ups: 1, downs: 0, author: 'stranger' },
  ]);
});
