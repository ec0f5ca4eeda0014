import { describe, expect, test } from 'vitest';
import { Faults, routeRegExp } from '../../src/faults/faults.js';
import { CLIENT, call, start } from '../helpers.js';

describe('routeRegExp', () => {
  const cases: [string | undefined, string, boolean][] = [
    [undefined, 'GET /3/image/a', true],
    ['/3/image/*', 'GET /3/image/a', true],
    ['/3/image/*', 'GET /3/image/a/favorite', false],
    ['/3/**', 'POST /3/image/a/favorite', true],
    ['POST /3/upload', 'POST /3/upload', true],
    ['post /3/upload', 'POST /3/upload', true],
    ['POST /3/upload', 'GET /3/upload', false],
    ['/3/image.(x)', 'GET /3/image.(x)', true],
    ['/3/image.(x)', 'GET /3/imageA(x)', false],
  ];
  test.each(cases)('%s ~ %s -> %s', (route, target, want) => expect(routeRegExp(route).test(target)).toBe(want));
});

test('decisions repeat exactly for the same seed', () => {
  const opts = { seed: 42, rules: [{ errorRate: 0.3, resetRate: 0.1, truncateRate: 0.1, latencyMs: [0, 50] as const }] };
  const run = (): unknown[] => {
    const f = new Faults(opts);
    return Array.from({ length: 50 }, () => f.decide('GET', '/3/x'));
  };
  const a = run();
  expect(run()).toEqual(a);
  expect(a.filter((d) => (d as { status?: number }).status !== undefined).length).toBeGreaterThan(5);
});

test('a 5xx share per route, deterministic, others untouched', async () => {
  const statuses = async (): Promise<number[]> => {
    const s = await start({ faults: { seed: 7, rules: [{ route: 'GET /3/credits', errorRate: 0.5 }] } });
    const out: number[] = [];
    for (let i = 0; i < 20; i++) out.push((await call(s, 'GET', '/3/credits', { auth: CLIENT })).status);
    expect((await call(s, 'GET', '/3/tags', { auth: CLIENT })).status).toBe(200);
    return out;
  };
  const first = await statuses();
  expect(await statuses()).toEqual(first);
  expect(first.filter((s) => s >= 500).length).toBeGreaterThan(3);
  expect(first.filter((s) => s === 200).length).toBeGreaterThan(3);
  expect(first.every((s) => [200, 500, 502, 503].includes(s))).toBe(true);
});

test('a 429 burst answers the next N matching requests with 429, then recovers', async () => {
  const s = await start({ faults: { rules: [{ route: '/3/credits', rateLimitBurst: 2 }] } });
  const got = [];
  for (let i = 0; i < 4; i++) got.push((await call(s, 'GET', '/3/credits', { auth: CLIENT })).status);
  expect(got).toEqual([429, 429, 200, 200]);
});

test('connection resets and truncated bodies surface as fetch errors; latency delays', async () => {
  const s = await start({
    faults: {
      rules: [
        { route: '/3/credits', resetRate: 1 },
        { route: '/3/tags', truncateRate: 1 },
        { route: '/3/gallery/**', latencyMs: 150 },
      ],
    },
  });
  await expect(fetch(`${s.url}/3/credits`, { headers: { authorization: CLIENT } })).rejects.toThrow();
  await expect(fetch(`${s.url}/3/tags`, { headers: { authorization: CLIENT } }).then((r) => r.text())).rejects.toThrow();
  const t0 = Date.now();
  expect((await call(s, 'GET', '/3/gallery/hot', { auth: CLIENT })).status).toBe(200);
  expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  s.setFaults(undefined);
  expect((await call(s, 'GET', '/3/credits', { auth: CLIENT })).status).toBe(200);
});

test('an injected 429 carries the rate-limit headers real ones do (and the POST ones on POSTs), charging nothing', async () => {
  const s = await start({
    faults: {
      rules: [
        { route: '/3/credits', rateLimitBurst: 1 },
        { route: 'POST /3/upload', rateLimitBurst: 1 },
      ],
    },
  });
  const get = await call(s, 'GET', '/3/credits', { auth: CLIENT });
  expect(get.status).toBe(429);
  const h = get.res.headers;
  expect(h.get('x-ratelimit-userlimit')).toBe('2000');
  expect(h.get('x-ratelimit-userremaining')).toBe('2000');
  // Seconds until the budgets refill, as Imgur sends them (3600, 86400), not epochs.
  expect(Number(h.get('x-ratelimit-userreset'))).toBe(3600);
  expect(Number(h.get('x-ratelimit-clientreset'))).toBe(3600);
  expect(h.get('x-ratelimit-clientlimit')).toBe('12500');
  expect(h.get('x-ratelimit-clientremaining')).toBe('12500');
  expect(h.get('retry-after')).toBe('1');
  expect(h.get('x-post-rate-limit-limit')).toBeNull();
  const post = await call(s, 'POST', '/3/upload', { auth: CLIENT, body: new URLSearchParams({ image: 'https://example.com/a.png', type: 'url' }) });
  expect(post.status).toBe(429);
  expect(post.res.headers.get('x-post-rate-limit-limit')).toBe('1250');
  expect(post.res.headers.get('x-post-rate-limit-remaining')).toBe('1250');
  expect(Number(post.res.headers.get('x-post-rate-limit-reset'))).toBeGreaterThan(0);
  expect(post.res.headers.get('x-ratelimit-userremaining')).toBe('2000');
  // the next answer is charged as usual
  expect((await call(s, 'GET', '/3/credits', { auth: CLIENT })).res.headers.get('x-ratelimit-userremaining')).toBe('1999');
});
