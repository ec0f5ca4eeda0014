import { describe, expect, test } from 'vitest';
import { INVALID_TOKEN } from '../../src/auth/auth.js';
import { BEARER, CLIENT, call, start } from '../helpers.js';

describe('auth as Imgur does it', () => {
  const cases: [path: string, method: string, auth: string | undefined, status: number, error: string | RegExp][] = [
    ['/3/image/none', 'GET', undefined, 401, /Authentication required/],
    ['/3/image/none', 'GET', 'Basic abc', 401, /Malformed Authorization header/],
    ['/3/image/none', 'GET', 'Client-ID nobody', 403, 'Invalid client_id'],
    ['/3/image/none', 'GET', 'Bearer nope', 403, INVALID_TOKEN],
    ['/3/image/none/favorite', 'POST', CLIENT, 403, 'This method requires authentication'],
    // accepted credentials reach the handler (404: no such image)
    ['/3/image/none', 'GET', CLIENT, 404, /Unable to find an image/],
    ['/3/image/none', 'GET', BEARER, 404, /Unable to find an image/],
    ['/3/image/none/favorite', 'POST', BEARER, 404, /Unable to find an image/],
  ];
  test.each(cases)('%s %s with %s -> %i', async (path, method, auth, status, error) => {
    const s = await start();
    const r = await call(s, method, path, auth === undefined ? {} : { auth });
    expect(r.status).toBe(status);
    expect(r.json.data.error).toMatch(error);
  });
});

test('an expired access token gets 403 "The access token provided is invalid"', async () => {
  const s = await start();
  expect((await call(s, 'GET', '/3/account/me/settings', { auth: BEARER })).status).toBe(200);
  s.expireTokens();
  const r = await call(s, 'GET', '/3/account/me/settings', { auth: BEARER });
  expect(r.status).toBe(403);
  expect(r.json.data.error).toBe('The access token provided is invalid');
});

test('tokens expire on their own after the configured lifetime', async () => {
  const s = await start({ tokenTtlSeconds: 1 });
  expect((await call(s, 'GET', '/3/account/me/settings', { auth: BEARER })).status).toBe(200);
  await new Promise((r) => setTimeout(r, 1100));
  expect((await call(s, 'GET', '/3/account/me/settings', { auth: BEARER })).status).toBe(403);
});

test('the token route needs no credentials', async () => {
  const s = await start();
  const r = await call(s, 'POST', '/oauth2/token', {
    body: new URLSearchParams({ grant_type: 'refresh_token', client_id: 'mock-client-id', client_secret: 'mock-client-secret', refresh_token: 'mock-refresh-token' }),
  });
  expect(r.status).toBe(200);
});

test('expiredTokenStatus 401: unknown and expired tokens get 401 (option, in-process and admin hook); other errors keep theirs', async () => {
  const s = await start({ expiredTokenStatus: 401 });
  s.expireTokens();
  const expired = await call(s, 'GET', '/3/account/me/settings', { auth: BEARER });
  expect(expired.status).toBe(401);
  expect(expired.json).toMatchObject({ data: { error: INVALID_TOKEN }, success: false, status: 401 });
  expect((await call(s, 'GET', '/3/image/none', { auth: 'Bearer unknown' })).status).toBe(401);
  expect((await call(s, 'POST', '/3/image/none/favorite', { auth: CLIENT })).status).toBe(403);
  s.setExpiredTokenStatus(403);
  expect((await call(s, 'GET', '/3/account/me/settings', { auth: BEARER })).status).toBe(403);
  const json = { 'content-type': 'application/json' };
  expect((await call(s, 'POST', '/__mock/auth', { headers: json, body: JSON.stringify({ expiredTokenStatus: 401 }) })).json).toEqual({ expiredTokenStatus: 401 });
  expect((await call(s, 'GET', '/3/account/me/settings', { auth: BEARER })).status).toBe(401);
  const bad = await call(s, 'POST', '/__mock/auth', { headers: json, body: JSON.stringify({ expiredTokenStatus: 500 }) });
  expect(bad.status).toBe(400);
  expect(bad.json.data.error).toBe('auth: expiredTokenStatus must be 401 or 403');
  expect(() => s.setExpiredTokenStatus(500 as 401)).toThrow('expiredTokenStatus must be 401 or 403, got 500');
  await expect(start({ expiredTokenStatus: 402 as 401 })).rejects.toThrow('expiredTokenStatus must be 401 or 403, got 402');
});
