import { describe, expect, test } from 'vitest';
import { BEARER, CLIENT, call, form, start } from '../helpers.js';

describe('requests are validated against the spec', () => {
  const cases: [method: string, path: string, body: FormData | undefined, status: number, message: RegExp][] = [
    ['POST', '/3/comment/1/vote/sideways', undefined, 400, /Invalid path parameter `vote`.*up, down, veto/],
    ['GET', '/3/account/imgur-mock-user/images/minus', undefined, 400, /Invalid path parameter `page`: must be integer/],
    ['GET', '/3/account/imgur-mock-user/images/-1', undefined, 400, /`page`: must be >= 0/],
    ['GET', '/3/gallery/hot/viral/day/0?showViral=maybe', undefined, 400, /Invalid query parameter `showViral`: must be boolean/],
    ['POST', '/3/comment', form({ comment: 'hi' }), 400, /Missing required field `image_id`/],
    ['POST', '/3/album', form({ privacy: 'everyone' }), 400, /Invalid field `privacy`.*public, hidden, secret/],
    ['POST', '/3/comment/1/report', form({ reason: '9' }), 400, /Invalid field `reason`: must be <= 5/],
    ['POST', '/3/gallery/image/abc', undefined, 400, /Missing request body/],
  ];
  test.each(cases)('%s %s (case %#)', async (method, path, body, status, message) => {
    const s = await start();
    const r = await call(s, method, path, { auth: BEARER, ...(body ? { body } : {}) });
    expect(r.status).toBe(status);
    expect(r.json).toEqual({ data: { error: expect.stringMatching(message), request: path.split('?')[0], method }, success: false, status });
  });
});

test('valid values are coerced from strings (page segment, boolean query)', async () => {
  const s = await start();
  const r = await call(s, 'GET', '/3/gallery/hot/viral/day/0?showViral=true&mature=false', { auth: CLIENT });
  expect(r.status).toBe(200);
  expect(r.json.success).toBe(true);
});

test('unknown routes get the 404 envelope', async () => {
  const s = await start();
  const r = await call(s, 'GET', '/3/definitely/not/a/route', { auth: CLIENT });
  expect(r.status).toBe(404);
  expect(r.json).toEqual({ data: { error: 'No route for GET /3/definitely/not/a/route', request: '/3/definitely/not/a/route', method: 'GET' }, success: false, status: 404 });
});

test('a JSON body is checked without coercion', async () => {
  const s = await start();
  const headers = { 'content-type': 'application/json' };
  const bad = await call(s, 'POST', '/3/account/me/delete?client_id=x', { auth: BEARER, headers, body: JSON.stringify({ password: 42 }) });
  expect(bad.status).toBe(400);
  expect(bad.json.data.error).toBe('Invalid field `password`: must be string');
  const missing = await call(s, 'POST', '/3/account/me/delete', { auth: BEARER, headers, body: JSON.stringify({ password: 'x' }) });
  expect(missing.json.data.error).toBe('Missing required query parameter `client_id`');
  const ok = await call(s, 'POST', '/3/account/me/delete?client_id=mock-client-id', { auth: BEARER, headers, body: JSON.stringify({ password: 'mock-password' }) });
  expect(ok.status).toBe(200);
});
