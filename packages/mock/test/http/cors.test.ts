import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyCors, CORS_ALLOW_HEADERS, CORS_EXPOSE_HEADERS } from '../../src/http/cors.js';
import { BEARER, CLIENT, call, start, upload } from '../helpers.js';

describe('applyCors', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (!applyCors(req, res)) res.writeHead(200, { 'Content-Type': 'text/plain' }).end('next handler');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  // given method -> want status, body, whether preflight headers are present
  const cases: [string, number, string, boolean][] = [
    ['OPTIONS', 204, '', true],
    ['GET', 200, 'next handler', false],
    ['POST', 200, 'next handler', false],
    ['DELETE', 200, 'next handler', false],
  ];
  test.each(cases)('%s -> %i', async (method, status, body, preflight) => {
    const res = await fetch(`${base}/3/upload`, { method, headers: { Origin: 'http://127.0.0.1:9' } });
    expect(res.status).toBe(status);
    expect(await res.text()).toBe(body);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toBe(CORS_EXPOSE_HEADERS);
    expect(res.headers.get('access-control-allow-headers')).toBe(preflight ? CORS_ALLOW_HEADERS : null);
    expect(res.headers.get('access-control-allow-methods')?.includes('POST') ?? false).toBe(preflight);
  });

  test('the allowed and exposed headers name what the SDK sends and reads', () => {
    const allowed = CORS_ALLOW_HEADERS.toLowerCase().split(', ');
    for (const h of ['authorization', 'content-type', 'if-none-match']) expect(allowed).toContain(h);
    const exposed = CORS_EXPOSE_HEADERS.toLowerCase().split(', ');
    for (const h of ['etag', 'x-ratelimit-userremaining', 'x-ratelimit-clientremaining', 'x-post-rate-limit-remaining']) expect(exposed).toContain(h);
  });
});

describe('the mock answers cross-origin requests', () => {
  test('a preflight for an authorized upload gets 204 and does not reach the API', async () => {
    const s = await start();
    const res = await fetch(`${s.url}/3/upload`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:9', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toContain('Authorization');
    expect(res.headers.get('x-ratelimit-clientremaining')).toBeNull();
    expect(s.snapshot().images).toHaveLength(0);
  });

  test('API answers, errors and media links carry Allow-Origin; rate limits are exposed', async () => {
    const s = await start();
    const credits = await call(s, 'GET', '/3/credits', { auth: CLIENT });
    expect(credits.res.headers.get('access-control-allow-origin')).toBe('*');
    expect(credits.res.headers.get('access-control-expose-headers')).toContain('X-RateLimit-ClientRemaining');
    const missing = await call(s, 'GET', '/3/image/doesnotexist', { auth: CLIENT });
    expect(missing.status).toBe(404);
    expect(missing.res.headers.get('access-control-allow-origin')).toBe('*');
    const img = await upload(s, BEARER);
    const media = await fetch(img.link);
    expect(media.status).toBe(200);
    expect(media.headers.get('access-control-allow-origin')).toBe('*');
  });

  test('HEAD, which a preflight allows, is answered as GET without a body', async () => {
    const s = await start();
    const img = await upload(s, BEARER);
    const get = await fetch(`${s.url}/3/image/${img.id}`, { headers: { authorization: CLIENT } });
    const getBody = await get.text();
    const head = await fetch(`${s.url}/3/image/${img.id}`, { method: 'HEAD', headers: { authorization: CLIENT } });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(getBody)));
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'));
    expect(head.headers.get('access-control-allow-origin')).toBe('*');
    const missing = await fetch(`${s.url}/3/image/doesnotexist`, { method: 'HEAD', headers: { authorization: CLIENT } });
    expect([missing.status, await missing.text()]).toEqual([404, '']);
    // A route that has no GET stays a 404.
    expect((await fetch(`${s.url}/3/upload`, { method: 'HEAD', headers: { authorization: CLIENT } })).status).toBe(404);
  });
});
