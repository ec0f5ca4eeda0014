import { expect, test } from 'vitest';
import { BEARER, CLIENT, call, start, upload } from '../helpers.js';

const json = { 'content-type': 'application/json' };

test('reset and snapshot over HTTP and in-process', async () => {
  const s = await start();
  const img = await upload(s, CLIENT);
  const snap = await call(s, 'GET', '/__mock/snapshot');
  expect(snap.json.images.map((i: { id: string }) => i.id)).toEqual([img.id]);
  expect(snap.json.tokens).toEqual([{ username: 'imgur-mock-user', access_token: 'mock-access-token', refresh_token: 'mock-refresh-token', expired: false }]);
  expect(s.snapshot().images).toHaveLength(1);
  expect((await call(s, 'POST', '/__mock/reset')).json).toEqual({ reset: true });
  expect(s.snapshot().images).toHaveLength(0);
  expect((await call(s, 'GET', `/3/image/${img.id}`, { auth: CLIENT })).status).toBe(404);
});

test('loading a seed over HTTP replaces clients and users; bad seeds name the field', async () => {
  const s = await start();
  const seed = {
    clients: [{ client_id: 'c2', client_secret: 's2', redirect_uri: 'http://127.0.0.1/x' }],
    users: [{ username: 'zed', id: 9, access_token: 'tz', refresh_token: 'rz' }],
  };
  expect((await call(s, 'POST', '/__mock/seed', { headers: json, body: JSON.stringify(seed) })).json).toEqual({ loaded: true });
  expect((await call(s, 'GET', '/3/credits', { auth: CLIENT })).status).toBe(403);
  expect((await call(s, 'GET', '/3/account/me/settings', { auth: 'Bearer tz' })).json.data.account_url).toBe('zed');
  const bad = await call(s, 'POST', '/__mock/seed', { headers: json, body: JSON.stringify({ clients: [], users: [{ username: 'x', id: -1 }] }) });
  expect(bad.status).toBe(400);
  expect(bad.json.data.error).toBe('seed: users[0].id must be a positive integer');
  // a reset goes back to the last loaded seed
  s.reset();
  expect((await call(s, 'GET', '/3/account/me/settings', { auth: 'Bearer tz' })).status).toBe(200);
  s.loadSeed({ clients: [{ client_id: 'mock-client-id', client_secret: 'x', redirect_uri: 'http://127.0.0.1/' }], users: [] });
  expect((await call(s, 'GET', '/3/credits', { auth: CLIENT })).status).toBe(200);
});

test('expire tokens and set faults over HTTP', async () => {
  const s = await start();
  expect((await call(s, 'POST', '/__mock/expire-tokens', { headers: json, body: JSON.stringify({ username: 'imgur-mock-user' }) })).json).toEqual({ expired: 1 });
  expect((await call(s, 'GET', '/3/account/me/settings', { auth: BEARER })).status).toBe(403);
  await call(s, 'POST', '/__mock/faults', { headers: json, body: JSON.stringify({ rules: [{ route: '/3/credits', rateLimitBurst: 1 }] }) });
  expect((await call(s, 'GET', '/3/credits', { auth: CLIENT })).status).toBe(429);
  expect((await call(s, 'GET', '/3/credits', { auth: CLIENT })).status).toBe(200);
  expect((await call(s, 'POST', '/__mock/faults', { headers: json, body: JSON.stringify({ rules: 'x' }) })).status).toBe(400);
  expect((await call(s, 'GET', '/__mock/nothing')).status).toBe(404);
});
