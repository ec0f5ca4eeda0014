import { describe, expect, test } from 'vitest';
import { RateLimiter } from '../../src/faults/ratelimit.js';
import { BEARER, CLIENT, call, start, upload } from '../helpers.js';

describe('RateLimiter', () => {
  test('counts client and user credits down, POSTs separately', () => {
    const r = new RateLimiter({ userLimit: 30, clientLimit: 100, postLimit: 2, resetSeconds: 60 });
    const a = r.charge('c', 'u', 1, false);
    expect([a['X-RateLimit-UserRemaining'], a['X-RateLimit-ClientRemaining'], a['X-Post-Rate-Limit-Remaining']]).toEqual(['29', '99', undefined]);
    const b = r.charge('c', 'u', 10, true);
    expect([b['X-RateLimit-UserRemaining'], b['X-RateLimit-ClientRemaining'], b['X-Post-Rate-Limit-Remaining'], b['X-Post-Rate-Limit-Limit']]).toEqual(['19', '89', '1', '2']);
    expect(Number(b['X-Post-Rate-Limit-Reset'])).toBeGreaterThan(55);
    expect(r.credits('c', 'u')).toMatchObject({ UserLimit: 30, UserRemaining: 19, ClientLimit: 100, ClientRemaining: 89 });
  });

  test('a charge that does not fit is refused with 429 and charges nothing', () => {
    const r = new RateLimiter({ userLimit: 15, clientLimit: 100, postLimit: 100, resetSeconds: 60 });
    r.charge('c', 'u', 10, true);
    expect(() => r.charge('c', 'u', 10, true)).toThrow(expect.objectContaining({ status: 429 }));
    expect(r.credits('c', 'u').UserRemaining).toBe(5);
    r.reset();
    expect(r.credits('c', 'u').UserRemaining).toBe(15);
  });
});

test('headers count down over HTTP: uploads cost 10 (x-imgur-credits), POSTs get the post headers', async () => {
  const s = await start();
  const a = await call(s, 'GET', '/3/credits', { auth: CLIENT });
  expect(a.res.headers.get('x-ratelimit-userlimit')).toBe('2000');
  const before = Number(a.res.headers.get('x-ratelimit-clientremaining'));
  expect(a.res.headers.get('x-post-rate-limit-limit')).toBeNull();
  const up = await call(s, 'POST', '/3/upload', { auth: CLIENT, body: new URLSearchParams({ image: 'https://example.com/x.png', type: 'url' }) });
  expect(Number(up.res.headers.get('x-ratelimit-clientremaining'))).toBe(before - 10);
  expect(up.res.headers.get('x-post-rate-limit-limit')).toBe('1250');
  expect(up.res.headers.get('x-post-rate-limit-remaining')).toBe('1249');
  const c = await call(s, 'GET', '/3/credits', { auth: CLIENT });
  expect(c.json.data.ClientRemaining).toBe(before - 11);
});

test('exhausted budgets answer the 429 envelope with the headers; bearer users have their own budget', async () => {
  const s = await start({ rateLimits: { userLimit: 12 } });
  await upload(s, CLIENT);
  await call(s, 'GET', '/3/credits', { auth: CLIENT });
  await call(s, 'GET', '/3/credits', { auth: CLIENT });
  const r = await call(s, 'GET', '/3/credits', { auth: CLIENT });
  expect(r.status).toBe(429);
  expect(r.json).toMatchObject({ data: { error: 'Too Many Requests: rate limit exceeded', request: '/3/credits', method: 'GET' }, success: false, status: 429 });
  expect(r.res.headers.get('x-ratelimit-userremaining')).toBe('0');
  expect(r.res.headers.get('retry-after')).not.toBeNull();
  expect((await call(s, 'GET', '/3/credits', { auth: BEARER })).status).toBe(200);
  s.reset();
  expect((await call(s, 'GET', '/3/credits', { auth: CLIENT })).status).toBe(200);
});

test('deprecated operations carry a Sunset header', async () => {
  const s = await start();
  const legacy = await call(s, 'POST', '/3/image', { auth: CLIENT, body: new URLSearchParams({ image: 'https://example.com/x.png', type: 'url' }) });
  expect(legacy.status).toBe(200);
  expect(legacy.res.headers.get('sunset')).toBe('Wed, 01 Jan 2025 00:00:00 GMT');
  const current = await call(s, 'POST', '/3/upload', { auth: CLIENT, body: new URLSearchParams({ image: 'https://example.com/x.png', type: 'url' }) });
  expect(current.res.headers.get('sunset')).toBeNull();
});

test('reset headers are seconds until the budget refills, not epochs, for the user and the client (as Imgur sends 3600 and 86400)', async () => {
  const s = await start({ rateLimits: { userLimit: 50, clientLimit: 500, postLimit: 10, resetSeconds: 86400 } });
  const { res } = await call(s, 'GET', '/3/credits', { auth: CLIENT });
  for (const name of ['x-ratelimit-userreset', 'x-ratelimit-clientreset']) {
    const v = Number(res.headers.get(name));
    expect(v, name).toBeGreaterThan(86400 - 60);
    expect(v, name).toBeLessThanOrEqual(86400);
  }
  expect(res.headers.get('access-control-expose-headers')).toContain('X-RateLimit-ClientReset');
});
