import { describe, expect, test } from 'vitest';
import { call, start } from '../helpers.js';

/** The fields as a multipart form. */
function formData(fields: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}

const authorize = '/oauth2/authorize?client_id=mock-client-id&response_type=token&state=s%3C1%3E';

function fragment(location: string | null): Record<string, string> {
  const [base, frag] = (location ?? '').split('#');
  expect(base).toBe('http://127.0.0.1/callback');
  return Object.fromEntries(new URLSearchParams(frag));
}

async function decide(url: string, decision: string, extra: Record<string, string> = {}) {
  return fetch(`${url}/oauth2/authorize`, {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams({ client_id: 'mock-client-id', response_type: 'token', state: 's<1>', decision, ...extra }),
  });
}

test('the consent page has Allow and Deny forms that work without JavaScript, with values escaped', async () => {
  const s = await start();
  const r = await call(s, 'GET', authorize);
  expect(r.status).toBe(200);
  expect(r.res.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(r.text).toContain('<form method="post" action="/oauth2/authorize">');
  expect(r.text).toContain('<button type="submit" id="allow">Allow</button>');
  expect(r.text).toContain('<button type="submit" id="deny">Deny</button>');
  expect(r.text).toContain('name="state" value="s&#60;1&#62;"');
  expect(r.text).not.toContain('<script');
  expect(r.text).not.toContain('s<1>');
});

test('Allow redirects with the token fragment; the token works', async () => {
  const s = await start();
  const res = await decide(s.url, 'allow');
  expect(res.status).toBe(302);
  const f = fragment(res.headers.get('location'));
  expect(f).toMatchObject({ token_type: 'bearer', account_username: 'imgur-mock-user', account_id: '1', state: 's<1>', expires_in: '2419200' });
  expect(f.access_token).toMatch(/^[0-9a-f]{40}$/);
  expect(f.refresh_token).toMatch(/^[0-9a-f]{40}$/);
  expect((await call(s, 'GET', '/3/account/me/settings', { auth: `Bearer ${f.access_token}` })).status).toBe(200);
});

test('Deny redirects with error=access_denied and the state', async () => {
  const s = await start();
  const res = await decide(s.url, 'deny');
  expect(fragment(res.headers.get('location'))).toEqual({ error: 'access_denied', state: 's<1>' });
});

describe('bad authorize requests get an error page', () => {
  const cases: [string, RegExp][] = [
    ['/oauth2/authorize?response_type=token', /Unknown or missing client_id/],
    ['/oauth2/authorize?client_id=nope&response_type=token', /Unknown or missing client_id/],
    ['/oauth2/authorize?client_id=mock-client-id&response_type=code', /Unsupported response_type &#34;code&#34;/],
  ];
  test.each(cases)('%s', async (path, want) => {
    const s = await start();
    const r = await call(s, 'GET', path);
    expect(r.status).toBe(400);
    expect(r.text).toMatch(want);
  });
});

describe('POST /oauth2/token answers a new access token and keeps the refresh token valid, as Imgur does (bare JSON)', () => {
  const bodies: [string, (f: Record<string, string>) => { body: BodyInit; headers?: Record<string, string> }][] = [
    ['multipart', (f) => ({ body: formData(f) })],
    ['urlencoded', (f) => ({ body: new URLSearchParams(f) })],
    ['JSON', (f) => ({ body: JSON.stringify(f), headers: { 'content-type': 'application/json' } })],
  ];
  test.each(bodies)('%s', async (_name, encode) => {
    const s = await start();
    const fields = { grant_type: 'refresh_token', client_id: 'mock-client-id', client_secret: 'mock-client-secret', refresh_token: 'mock-refresh-token' };
    const r = await call(s, 'POST', '/oauth2/token', encode(fields));
    expect(r.status).toBe(200);
    expect(r.json).toEqual({
      access_token: expect.stringMatching(/^[0-9a-f]{40}$/),
      refresh_token: 'mock-refresh-token',
      expires_in: 2419200,
      token_type: 'bearer',
      scope: null,
      account_id: 1,
      account_username: 'imgur-mock-user',
    });
    expect((await call(s, 'GET', '/3/account/me/settings', { auth: `Bearer ${r.json.access_token}` })).status).toBe(200);
    // the refresh token is not spent: using it again gives another access token
    const again = await call(s, 'POST', '/oauth2/token', encode(fields));
    expect(again.status).toBe(200);
    expect(again.json.refresh_token).toBe('mock-refresh-token');
    expect(again.json.access_token).not.toBe(r.json.access_token);
  });
});

test('rotateRefreshTokens: a refresh spends the refresh token and hands out a new pair', async () => {
  const s = await start({ rotateRefreshTokens: true });
  const fields = { grant_type: 'refresh_token', client_id: 'mock-client-id', client_secret: 'mock-client-secret', refresh_token: 'mock-refresh-token' };
  const r = await call(s, 'POST', '/oauth2/token', { body: new URLSearchParams(fields) });
  expect(r.status).toBe(200);
  expect(r.json.refresh_token).toMatch(/^[0-9a-f]{40}$/);
  expect((await call(s, 'POST', '/oauth2/token', { body: new URLSearchParams(fields) })).json.data.error).toBe('Invalid refresh token');
  expect((await call(s, 'POST', '/oauth2/token', { body: new URLSearchParams({ ...fields, refresh_token: r.json.refresh_token }) })).status).toBe(200);
});

describe('token errors', () => {
  const base = { grant_type: 'refresh_token', client_id: 'mock-client-id', client_secret: 'mock-client-secret', refresh_token: 'mock-refresh-token' };
  const cases: [Record<string, string>, number, string][] = [
    [{ ...base, grant_type: 'password' }, 400, 'Invalid field `grant_type`: only refresh_token is supported'],
    [{ ...base, client_secret: 'wrong' }, 401, 'Invalid client credentials'],
    [{ ...base, refresh_token: 'wrong' }, 400, 'Invalid refresh token'],
    [{ client_id: 'mock-client-id' }, 400, 'Missing required field `grant_type`'],
  ];
  test.each(cases)('%j', async (fields, status, error) => {
    const s = await start();
    const r = await call(s, 'POST', '/oauth2/token', { body: new URLSearchParams(fields) });
    expect(r.status).toBe(status);
    expect(r.json).toEqual({ data: { error, request: '/oauth2/token', method: 'POST' }, success: false, status });
  });
});

test('after expireTokens a refresh gives a working token', async () => {
  const s = await start({ tokenTtlSeconds: 60 });
  s.expireTokens('imgur-mock-user');
  expect((await call(s, 'GET', '/3/account/me/settings', { auth: 'Bearer mock-access-token' })).status).toBe(403);
  const r = await call(s, 'POST', '/oauth2/token', {
    body: new URLSearchParams({ grant_type: 'refresh_token', client_id: 'mock-client-id', client_secret: 'mock-client-secret', refresh_token: 'mock-refresh-token' }),
  });
  expect(r.json.expires_in).toBe(60);
  expect((await call(s, 'GET', '/3/account/me/settings', { auth: `Bearer ${r.json.access_token}` })).status).toBe(200);
});
