import { describe, expect, it } from 'vitest';
import { captureTraffic, toNdjsonLine, type CapturedEntry } from '../../src/capture.js';
import { createImgurClient, defineOperation, upload } from '../../src/index.js';
import { json, serve } from '../support/http-server.js';

const CLIENT_ID = 'cid0123456789ab';
const CLIENT_SECRET = 'csecret-7b1e9f0a2c4d6e8f';
const ACCESS = 'at-3f9a1c2b7d8e4f60a1b2c3d4e5f60718';
const REFRESH = 'rt-9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b';
const NEW_ACCESS = 'at-new-0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d';
const NEW_REFRESH = 'rt-new-f0e1d2c3b4a5968778695a4b3c2d1e0f';
const DELETEHASH = 'dh5jN9cM06X37nvEZ';
const EXTRA = 'a-secret-only-the-caller-knows';

describe('captureTraffic', () => {
  it('records each exchange as a corpus entry and returns the response untouched', async () => {
    const { url } = await serve((_s, res) => json(res, 200, { data: { id: 'abc', link: 'https://i.imgur.com/abc.png' }, success: true, status: 200 }));
    const entries: CapturedEntry[] = [];
    const cap = captureTraffic({ onEntry: (e) => void entries.push(e) });
    const res = await cap.fetch(`${url}/3/image/abc?client_id=${CLIENT_ID}`, { headers: { Authorization: `Client-ID ${CLIENT_ID}` } });
    expect(await res.json()).toEqual({ data: { id: 'abc', link: 'https://i.imgur.com/abc.png' }, success: true, status: 200 });
    await cap.flush();
    expect(entries).toHaveLength(1);
    const [e] = entries;
    expect(e).toMatchObject({ capture: 'captured', method: 'GET', path: '/3/image/abc', status: 200, body: { data: { id: 'abc' } } });
    expect(e!.source).toMatchObject({ kind: 'capture', tool: '@imgur-ts/core captureTraffic' });
    expect(e!.year).toBe(new Date(e!.source.capturedAt).getUTCFullYear());
    expect(e!.contentType).toBeUndefined();
    expect(JSON.stringify(e)).not.toContain(CLIENT_ID);
    expect(toNdjsonLine(e!)).toBe(`${JSON.stringify(e)}\n`);
  });

  it('leaves no secret in what a client records: headers, query, token bodies, deletehash, echoed tokens', async () => {
    const { url } = await serve((s, res) => {
      if (s.url === '/oauth2/token')
        return json(res, 200, {
          access_token: NEW_ACCESS,
          refresh_token: NEW_REFRESH,
          expires_in: 315360000,
          token_type: 'bearer',
          scope: null,
          account_id: 1,
          account_username: 'me',
        });
      if (s.url.startsWith('/3/upload'))
        return json(res, 200, { data: { id: 'up1', deletehash: DELETEHASH, link: `https://i.imgur.com/up1.png?t=${NEW_ACCESS}` }, success: true, status: 200 });
      if (s.headers.authorization === `Bearer ${ACCESS}`)
        return json(
          res,
          401,
          { data: { error: `token ${ACCESS} expired, also ${EXTRA}`, request: '/3/account/me', method: 'GET' }, success: false, status: 401 },
          { 'set-cookie': `session=${ACCESS}` },
        );
      return json(res, 200, { data: { url: 'me', note: `Authorization: Bearer ${NEW_ACCESS}` }, success: true, status: 200 });
    });
    const entries: CapturedEntry[] = [];
    const cap = captureTraffic({ onEntry: (e) => void entries.push(e), secrets: [EXTRA] });
    const client = createImgurClient({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, accessToken: ACCESS, refreshToken: REFRESH, baseUrl: url, fetch: cap.fetch, retries: 0 });
    const me = defineOperation<Record<string, never>, { url: string }>({ id: 'account.me', method: 'GET', path: '/3/account/me', security: ['bearer'], envelope: true });
    expect((await me(client)).url).toBe('me');
    const up = await upload(client, 'https://example.test/x.png');
    expect(up.deletehash).toBe(DELETEHASH);
    await cap.flush();
    expect(entries.map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual(['GET /3/account/me 401', 'POST /oauth2/token 200', 'GET /3/account/me 200', 'POST /3/upload 200']);
    const recorded = entries.map((e) => toNdjsonLine(e)).join('');
    for (const secret of [CLIENT_ID, CLIENT_SECRET, ACCESS, REFRESH, NEW_ACCESS, NEW_REFRESH, DELETEHASH, EXTRA]) expect(recorded).not.toContain(secret);
    expect(entries[1]!.body).toEqual({
      access_token: '[redacted]',
      refresh_token: '[redacted]',
      expires_in: 315360000,
      token_type: 'bearer',
      scope: null,
      account_id: 1,
      account_username: 'me',
    });
    expect(entries[3]!.body).toEqual({ data: { id: 'up1', deletehash: '[redacted]', link: 'https://i.imgur.com/up1.png?t=[redacted]' }, success: true, status: 200 });
    expect(entries[0]!.body).toEqual({ data: { error: 'token [redacted] expired, also [redacted]', request: '/3/account/me', method: 'GET' }, success: false, status: 401 });
  });

  it('records a body that says JSON but does not parse as redacted text, learning no secret from it', async () => {
    const { url } = await serve((_s, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"data": {"deletehash": "${ACCESS}"`);
    });
    const entries: CapturedEntry[] = [];
    const cap = captureTraffic({ onEntry: (e) => void entries.push(e) });
    await cap.fetch(`${url}/3/image/cut`, { headers: { Authorization: `Bearer ${ACCESS}` } });
    await cap.flush();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.status).toBe(200);
    expect(JSON.stringify(entries[0])).not.toContain(ACCESS);
  });

  it('keeps non-JSON bodies as redacted text with their media type', async () => {
    const { url } = await serve((_s, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end(`<!doctype html><title>404</title><p>${ACCESS}</p>`);
    });
    const entries: CapturedEntry[] = [];
    const cap = captureTraffic({ onEntry: (e) => void entries.push(e) });
    await cap.fetch(`${url}/3/image/nope`, { headers: { Authorization: `Bearer ${ACCESS}` } });
    await cap.flush();
    expect(entries[0]).toMatchObject({ status: 404, contentType: 'text/html', body: '<!doctype html><title>404</title><p>[redacted]</p>' });
  });

  it('takes the credentials of a string body (JSON or form) out of the recorded response', async () => {
    // The server echoes the fields' values without `=`/`:`, so only the request's own credentials can match them.
    const { url } = await serve((s, res) => json(res, 400, { data: { error: `echo: ${String(s.body).replace(/[=:"&{},]/g, ' ')}` }, success: false, status: 400 }));
    const entries: CapturedEntry[] = [];
    const cap = captureTraffic({ onEntry: (e) => void entries.push(e) });
    await cap.fetch(`${url}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ client_secret: CLIENT_SECRET, grant_type: 'refresh_token' }),
    });
    await cap.fetch(`${url}/oauth2/token`, { method: 'POST', body: `refresh_token=${REFRESH}&grant_type=refresh_token` });
    await cap.flush();
    expect(entries).toHaveLength(2);
    const recorded = entries.map((e) => JSON.stringify(e.body)).join('\n');
    expect(recorded).toContain('refresh_token');
    expect(recorded).toContain('[redacted]');
    expect(recorded).not.toContain(CLIENT_SECRET);
    expect(recorded).not.toContain(REFRESH);
  });

  it('reports an onEntry failure from flush, without breaking the request', async () => {
    const { url } = await serve((_s, res) => json(res, 200, { data: true, success: true, status: 200 }));
    const cap = captureTraffic({
      onEntry: () => {
        throw new Error('disk full');
      },
    });
    const res = await cap.fetch(`${url}/3/credits`);
    expect(res.status).toBe(200);
    await expect(cap.flush()).rejects.toThrow('disk full');
  });

  it('removes deletehashes from request paths: learnt from an upload, deletehash-shaped, or the hash of a changing image/album route', async () => {
    const { url } = await serve((s, res) =>
      s.url === '/3/upload'
        ? json(res, 200, { data: { id: 'up1', deletehash: DELETEHASH }, success: true, status: 200 })
        : json(res, 200, { data: true, success: true, status: 200 }),
    );
    const entries: CapturedEntry[] = [];
    const cap = captureTraffic({ onEntry: (e) => void entries.push(e) });
    await cap.fetch(`${url}/3/upload`, { method: 'POST', body: new URLSearchParams({ image: 'https://example.test/x.png' }) });
    await cap.flush();
    for (const [method, path] of [
      ['DELETE', `/3/image/${DELETEHASH}`],
      ['POST', `/3/album/${DELETEHASH}/add`],
      ['DELETE', '/3/image/AbCdEfGhIjKlMnO'],
      ['DELETE', '/3/album/short1'],
      ['POST', '/3/image/anyhash'],
      ['DELETE', '/3/account/me/image/dh1234'],
      ['GET', '/3/image/abc1234'],
      ['GET', `/3/image/${DELETEHASH}`],
    ])
      await cap.fetch(`${url}${path}`, { method });
    await cap.flush();
    expect(entries.slice(1).map((e) => `${e.method} ${e.path}`)).toEqual([
      'DELETE /3/image/[redacted]',
      'POST /3/album/[redacted]/add',
      'DELETE /3/image/[redacted]',
      'DELETE /3/album/[redacted]',
      'POST /3/image/[redacted]',
      'DELETE /3/account/me/image/[redacted]',
      'GET /3/image/abc1234',
      'GET /3/image/[redacted]',
    ]);
    expect(entries.map((e) => toNdjsonLine(e)).join('')).not.toContain(DELETEHASH);
  });

  it('removes credential headers however cased, echoed back in the body or the response headers', async () => {
    const PROXY = 'proxy-cred-5e6f7a8b9c0d';
    const COOKIE = 'cookie-val-1a2b3c4d5e6f';
    const SET = 'set-cookie-val-9f8e7d6c';
    const MASHAPE = 'mashape-key-0f1e2d3c4b5a';
    const { url } = await serve((s, res) => {
      const echo = JSON.stringify(s.headers);
      res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': [`sid=${SET}; Path=/; HttpOnly`], 'x-echo-authorization': `Bearer ${ACCESS}` });
      res.end(JSON.stringify({ data: { headers: s.headers, text: echo, again: `${SET} ${PROXY} ${COOKIE} ${MASHAPE} ${ACCESS}` }, success: true, status: 200 }));
    });
    const entries: CapturedEntry[] = [];
    const cap = captureTraffic({ onEntry: (e) => void entries.push(e) });
    await cap.fetch(`${url}/3/credits`, {
      headers: { AUTHORIZATION: `Bearer ${ACCESS}`, 'Proxy-Authorization': `Basic ${PROXY}`, cookie: `a=${COOKIE}; b=1`, 'x-MASHAPE-key': MASHAPE },
    });
    await cap.flush();
    const recorded = toNdjsonLine(entries[0]!);
    for (const secret of [ACCESS, PROXY, COOKIE, SET, MASHAPE]) expect(recorded).not.toContain(secret);
    const { headers } = (entries[0]!.body as { data: { headers: Record<string, string> } }).data;
    expect([headers.authorization, headers['proxy-authorization'], headers.cookie, headers['x-mashape-key'], headers.host]).toEqual([
      '[redacted]',
      '[redacted]',
      '[redacted]',
      '[redacted]',
      new URL(url).host,
    ]);
  });

  it('removes tokens under any key spelling, in JSON and form bodies, and those sent in the query string', async () => {
    const QUERY = 'query-token-6a5b4c3d2e1f';
    const { url } = await serve((s, res) => {
      if (s.url.startsWith('/form')) {
        res.writeHead(200, { 'content-type': 'application/x-www-form-urlencoded' });
        return res.end(`accessToken=${NEW_ACCESS}&refresh-token=${NEW_REFRESH}&client_secret=${CLIENT_SECRET}&expires_in=3600`);
      }
      json(res, 200, {
        accessToken: NEW_ACCESS,
        RefreshToken: NEW_REFRESH,
        'refresh-token': NEW_REFRESH,
        clientSecret: CLIENT_SECRET,
        'client-secret': CLIENT_SECRET,
        nested: [{ deleteHash: DELETEHASH, id_token: ACCESS }],
        echo: `you sent ${QUERY}`,
        expiresIn: 3600,
      });
    });
    const entries: CapturedEntry[] = [];
    const cap = captureTraffic({ onEntry: (e) => void entries.push(e) });
    await cap.fetch(`${url}/json?accessToken=${QUERY}`);
    await cap.fetch(`${url}/form`);
    await cap.flush();
    expect(entries[0]!.body).toEqual({
      accessToken: '[redacted]',
      RefreshToken: '[redacted]',
      'refresh-token': '[redacted]',
      clientSecret: '[redacted]',
      'client-secret': '[redacted]',
      nested: [{ deleteHash: '[redacted]', id_token: '[redacted]' }],
      echo: 'you sent [redacted]',
      expiresIn: 3600,
    });
    expect(entries[1]!.body).toBe('accessToken=[redacted]&refresh-token=[redacted]&client_secret=[redacted]&expires_in=3600');
  });
});
