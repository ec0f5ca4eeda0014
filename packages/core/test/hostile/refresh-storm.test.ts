// A failing token endpoint under a storm of 100 concurrent calls on an
// expired token, on both transports: one refresh per storm, one shared error.
import { describe, expect, it } from 'vitest';
import { json, serve } from '../support/http-server.js';
import { ImgurRefreshError } from '../../src/errors/auth-errors.js';
import { clientOn, expectNoSecrets, getMe, TRANSPORTS } from './setup.js';

describe.each(TRANSPORTS)('refresh storm (%s transport)', (transport) => {
  it('100 calls, token endpoint answering 400 with the form echoed as keys: one refresh, the same redacted ImgurRefreshError for all; the next call tries once more', async () => {
    const { url, seen } = await serve((s, res) => {
      if (s.url !== '/oauth2/token') return json(res, 401, { data: { error: 'The access token provided is invalid.' }, success: false, status: 401 });
      // Echo the form back as keys and values, at several depths.
      const form = Object.fromEntries(new URLSearchParams(s.body.toString()));
      const echoed = Object.fromEntries(Object.entries(form).map(([k, v]) => [v, k]));
      setTimeout(
        () =>
          json(res, 400, { data: { error: { message: `bad ${s.body}`, ...echoed, nested: { [s.body.toString()]: form } } }, success: false, status: 400, [s.body.toString()]: 1 }),
        50,
      );
    });
    const { client, lines } = clientOn(transport, { baseUrl: url, maxRetryDelayMs: 10 });
    const results = await Promise.all(Array.from({ length: 100 }, () => getMe(client).asResult()));
    const errors = new Set(results.map((r) => r.error));
    expect(errors.size).toBe(1);
    const [error] = errors;
    expect(error).toBeInstanceOf(ImgurRefreshError);
    expect((error as ImgurRefreshError).status).toBe(400);
    expectNoSecrets(error, lines);
    const tokenRequests = () => seen.filter((s) => s.url === '/oauth2/token').length;
    expect(tokenRequests()).toBe(1);
    expect(seen.length).toBe(101);

    const next = await getMe(client).asResult();
    expect(next.error).toBeInstanceOf(ImgurRefreshError);
    expect(next.error).not.toBe(error);
    expect(tokenRequests()).toBe(2);
    expectNoSecrets(next.error, lines);
  });

  it('100 calls with a working token endpoint: one refresh, every call replayed with the new token', async () => {
    const { url, seen } = await serve((s, res) => {
      if (s.url === '/oauth2/token') return setTimeout(() => json(res, 200, { access_token: 'new-access-token-0123456789', refresh_token: 'new-refresh-token-0123456789' }), 50);
      if (s.headers.authorization === 'Bearer new-access-token-0123456789') return json(res, 200, { data: { ok: true }, success: true, status: 200 });
      json(res, 401, { data: { error: 'expired' }, success: false, status: 401 });
    });
    const { client } = clientOn(transport, { baseUrl: url });
    const results = await Promise.all(Array.from({ length: 100 }, () => getMe(client).asResult()));
    expect(results.every((r) => r.error === undefined)).toBe(true);
    expect(seen.filter((s) => s.url === '/oauth2/token')).toHaveLength(1);
  });
});
