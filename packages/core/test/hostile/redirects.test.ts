// Redirects from a hostile server on 127.0.0.1, on both transports: a second
// server stands for "another origin" and records every request it gets.
import { describe, expect, it } from 'vitest';
import { json, serve } from '../support/http-server.js';
import { ImgurRefreshError } from '../../src/errors/auth-errors.js';
import { ImgurRedirectError } from '../../src/errors/transport-errors.js';
import { CUSTOM, clientOn, expectNoSecrets, getMe, postImage, SECRETS, TRANSPORTS } from './setup.js';

const ok = { data: { id: 'a' }, success: true, status: 200 };

describe.each(TRANSPORTS)('hostile redirects (%s transport)', (transport) => {
  for (const status of [301, 302, 303, 307, 308]) {
    it(`API call answered ${status} to another origin: ImgurRedirectError, nothing reaches the other origin, not retried`, async () => {
      const other = await serve((_s, res) => json(res, 200, ok));
      const { url, seen } = await serve((_, res) => res.writeHead(status, { location: `${other.url}/steal` }).end());
      const { client, lines } = clientOn(transport, { baseUrl: url });
      const get = await getMe(client, {}, { headers: CUSTOM }).asResult();
      const post = await postImage(client, { title: 't' }, { headers: CUSTOM, retryPost: true }).asResult();
      for (const { error } of [get, post]) {
        expect(error).toBeInstanceOf(ImgurRedirectError);
        expect(error!.message).toContain(`redirect to another origin (${other.url}) refused`);
        expectNoSecrets(error, lines);
      }
      expect(seen).toHaveLength(2);
      expect(other.seen).toHaveLength(0);
    });
  }

  it('same-origin redirects are followed with every header', async () => {
    const { url, seen } = await serve((s, res) => (s.url === '/3/account/me' ? res.writeHead(307, { location: '/3/account/me2' }).end() : json(res, 200, ok)));
    const { client } = clientOn(transport, { baseUrl: url });
    expect((await getMe(client, {}, { headers: CUSTOM }).asResult()).data).toEqual({ id: 'a' });
    expect(seen.map((s) => s.url)).toEqual(['/3/account/me', '/3/account/me2']);
    expect(seen[1]!.headers).toMatchObject({ authorization: `Bearer ${SECRETS.accessToken}`, 'x-mashape-key': SECRETS.mashapeKey, ...CUSTOM });
  });

  it('a same-origin hop, then another origin: refused at the second hop', async () => {
    const other = await serve((_s, res) => json(res, 200, ok));
    const { url, seen } = await serve((s, res) => res.writeHead(302, { location: s.url === '/3/account/me' ? '/hop' : `${other.url}/steal` }).end());
    const { error } = await getMe(clientOn(transport, { baseUrl: url }).client).asResult();
    expect(error).toBeInstanceOf(ImgurRedirectError);
    expect([seen.length, other.seen.length]).toEqual([2, 0]);
  });

  for (const status of [302, 307, 308]) {
    it(`token endpoint answered ${status} (to another origin or its own): ImgurRefreshError, the form is posted nowhere else`, async () => {
      const other = await serve((_s, res) => json(res, 200, { access_token: 'stolen' }));
      const { url, seen } = await serve((s, res) => {
        if (s.url === '/3/account/me') json(res, 401, { data: { error: 'expired' }, success: false, status: 401 });
        else res.writeHead(status, { location: s.url === '/oauth2/token' ? `${other.url}/oauth2/token` : '/oauth2/token2' }).end();
      });
      const { client, lines } = clientOn(transport, { baseUrl: url });
      const { error } = await getMe(client).asResult();
      expect(error).toBeInstanceOf(ImgurRefreshError);
      expect((error as ImgurRefreshError).status).toBe(status);
      expect(error!.message).toBe(`POST /oauth2/token (token refresh) answered HTTP ${status}, a redirect: not followed (the refresh form goes to the base URL only)`);
      expectNoSecrets(error, lines);
      expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual(['GET /3/account/me', 'POST /oauth2/token']);
      expect(other.seen).toHaveLength(0);
    });
  }

  it('redirect loop: one ImgurRedirectError after 20 redirects (21 requests), no retries', async () => {
    const { url, seen } = await serve((_s, res) => res.writeHead(302, { location: `/loop/${seen.length}` }).end());
    const { error } = await getMe(clientOn(transport, { baseUrl: url, maxRetryDelayMs: 10 }).client).asResult();
    expect(error).toBeInstanceOf(ImgurRedirectError);
    expect(error!.message).toBe('GET /3/account/me (account.me): more than 20 redirects.');
    expect(seen).toHaveLength(21);
  });

  for (const location of ['file:///etc/passwd', 'ftp://127.0.0.1/x', 'javascript:alert(1)', 'http://[::1']) {
    it(`redirect to ${location}: one ImgurRedirectError, one request`, async () => {
      const { url, seen } = await serve((_, res) => res.writeHead(302, { location }).end());
      const { error } = await getMe(clientOn(transport, { baseUrl: url, maxRetryDelayMs: 10 }).client).asResult();
      expect(error).toBeInstanceOf(ImgurRedirectError);
      expect(error!.message).toContain('redirect to an invalid or non-HTTP URL refused');
      expect(seen).toHaveLength(1);
    });
  }
});
