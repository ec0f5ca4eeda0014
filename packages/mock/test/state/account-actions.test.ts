import { expect, test } from 'vitest';
import { openapiDocument } from '../../src/generated/openapi.gen.js';
import { BEARER, CLIENT, STRANGER, TWO_USERS_SEED, call, form, start, upload } from '../helpers.js';

const spec = openapiDocument;
const seed = TWO_USERS_SEED;

test('e-mail verification answers from the account: unverified sends, already verified is 400 as recorded; only for the caller', async () => {
  const s = await start({ spec, seed });
  expect((await call(s, 'GET', '/3/account/me/verifyemail', { auth: BEARER })).json.data).toBe(false);
  expect((await call(s, 'POST', '/3/account/imgur-mock-user/verifyemail', { auth: BEARER })).json).toMatchObject({ data: true, success: true });
  expect((await call(s, 'GET', '/3/account/stranger/verifyemail', { auth: STRANGER })).json.data).toBe(true);
  const again = await call(s, 'POST', '/3/account/stranger/verifyemail', { auth: STRANGER });
  expect(again.status).toBe(400);
  expect(again.json.data.error).toBe('User Previously Verified');
  expect((await call(s, 'GET', '/3/account/stranger/verifyemail', { auth: BEARER })).status).toBe(403);
});

test('account deletion needs a known client_id and the password: unknown client 403, blank 400, wrong 403, right deletes the account and its tokens', async () => {
  const s = await start({ spec, seed });
  const del = (password: string) =>
    call(s, 'POST', '/3/account/me/delete?client_id=mock-client-id', { auth: BEARER, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ password }) });
  const blank = await del('');
  expect([blank.status, blank.json.data.error]).toEqual([400, 'Missing required field `password`']);
  const unknownClient = await call(s, 'POST', '/3/account/me/delete?client_id=nobody', {
    auth: BEARER,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ password: 'right-horse' }),
  });
  expect([unknownClient.status, unknownClient.json.data.error]).toEqual([403, 'Invalid client_id']);
  const wrong = await del('wrong-horse');
  expect([wrong.status, wrong.json.data.error]).toEqual([403, 'Invalid password']);
  expect((await call(s, 'GET', '/3/account/imgur-mock-user', { auth: CLIENT })).status).toBe(200);
  expect((await del('right-horse')).json).toMatchObject({ data: true, success: true });
  expect((await call(s, 'GET', '/3/account/imgur-mock-user', { auth: CLIENT })).status).toBe(404);
  expect((await call(s, 'GET', '/3/account/me/settings', { auth: BEARER })).status).toBe(403);
  const refresh = await call(s, 'POST', '/oauth2/token', {
    body: new URLSearchParams({ grant_type: 'refresh_token', client_id: 'mock-client-id', client_secret: 'mock-client-secret', refresh_token: 'mock-refresh-token' }),
  });
  expect(refresh.status).toBe(400);
});

test("reply notifications list replies to the caller's comments by others, for the caller only", async () => {
  const s = await start({ spec, seed });
  const img = await upload(s, BEARER);
  const mine = (await call(s, 'POST', '/3/comment', { auth: BEARER, body: form({ image_id: img.id, comment: 'mine' }) })).json.data.id;
  await call(s, 'POST', `/3/comment/${mine}`, { auth: BEARER, body: form({ image_id: img.id, comment: 'my own reply' }) });
  const replied = await call(s, 'POST', `/3/comment/${mine}`, { auth: STRANGER, body: form({ image_id: img.id, comment: 'a reply' }) });
  expect(replied.status, replied.text).toBe(200);
  const reply = replied.json.data.id;
  const r = await call(s, 'GET', '/3/account/imgur-mock-user/notifications/replies', { auth: BEARER });
  expect(r.json.data).toHaveLength(1);
  expect(r.json.data[0]).toMatchObject({ id: reply, account_id: 1, viewed: false, content: { id: reply, comment: 'a reply', author: 'stranger', parent_id: mine } });
  expect((await call(s, 'GET', '/3/account/stranger/notifications/replies', { auth: STRANGER })).json.data).toEqual([]);
  expect((await call(s, 'GET', '/3/account/imgur-mock-user/notifications/replies', { auth: STRANGER })).status).toBe(403);
});
