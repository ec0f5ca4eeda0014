import { expect, test } from 'vitest';
import { wantsFakeStatus, withFakeStatus } from '../../src/http/fake-status.js';
import { BEARER, CLIENT, call, start } from '../helpers.js';

test('_fake_status=200 answers an error as HTTP 200 with the error envelope and its real status in the body', async () => {
  const s = await start();
  const plain = await call(s, 'GET', '/3/image/doesNotExist', { auth: CLIENT });
  expect(plain.status).toBe(404);
  const faked = await call(s, 'GET', '/3/image/doesNotExist?_fake_status=200', { auth: CLIENT });
  expect(faked.status).toBe(200);
  expect(faked.json).toEqual(plain.json);
  expect(faked.json).toMatchObject({ success: false, status: 404, data: { error: expect.any(String), method: 'GET' } });
  // Before authentication too, and in a POST's form body.
  expect((await call(s, 'GET', '/3/account/me?_fake_status=200')).json).toMatchObject({ success: false, status: 401 });
  const post = await call(s, 'POST', '/3/upload', { auth: CLIENT, body: new URLSearchParams({ type: 'base64', _fake_status: '200' }) });
  expect([post.status, post.json.status, post.json.success]).toEqual([200, 400, false]);
  // Any other value, and successes, are left alone.
  expect((await call(s, 'GET', '/3/image/doesNotExist?_fake_status=201', { auth: CLIENT })).status).toBe(404);
  expect((await call(s, 'GET', '/3/account/me?_fake_status=200', { auth: BEARER })).json).toMatchObject({ success: true, status: 200 });
});

test('withFakeStatus changes the HTTP status only when asked', () => {
  const reply = { status: 403, body: { status: 403 } };
  expect(withFakeStatus(reply, true)).toEqual({ status: 200, body: { status: 403 } });
  expect(withFakeStatus(reply, false)).toBe(reply);
  expect(wantsFakeStatus(new URLSearchParams('_fake_status=200'), undefined)).toBe(true);
  expect(wantsFakeStatus(new URLSearchParams(''), '200')).toBe(true);
  expect(wantsFakeStatus(new URLSearchParams('_fake_status=404'), undefined)).toBe(false);
});
