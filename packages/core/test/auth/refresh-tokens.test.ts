import { describe, expect, it, vi } from 'vitest';
import { defineOperation } from '../../src/client/define-operation.js';
import { ImgurApiError } from '../../src/errors/api-error.js';
import { ImgurRefreshError } from '../../src/errors/auth-errors.js';
import { envelope, testClient } from '../support/helpers.js';

const me = defineOperation<Record<string, never>, { url: string }>({
  id: 'account.me',
  method: 'GET',
  path: '/3/account/me',
  security: ['bearer'],
  envelope: true,
});
const creds = { clientId: 'client-id-1', clientSecret: 'secret-abcdef', accessToken: 'old-access', refreshToken: 'refresh-xyz' };
const tokenJson = (access: string, refresh = 'refresh-new') =>
  new Response(JSON.stringify({ access_token: access, refresh_token: refresh, expires_in: 315360000, token_type: 'bearer', account_username: 'u' }), {
    headers: { 'Content-Type': 'application/json' },
  });

/** Imgur stub: /oauth2/token issues `new-access`; the API accepts only the current token. */
function imgur(expired: { status: number; message: string }) {
  return (req: Request) => {
    if (req.url.endsWith('/oauth2/token')) return tokenJson('new-access');
    if (req.headers.get('Authorization') === 'Bearer new-access') return envelope({ url: 'me' });
    return envelope({ error: expired.message, request: '/3/account/me', method: 'GET' }, expired.status);
  };
}

describe('refreshTokens', () => {
  const triggers = [
    { status: 401, message: 'Authentication required' },
    { status: 403, message: 'The access token provided is invalid.' },
  ];
  for (const trigger of triggers) {
    it(`refreshes on ${trigger.status} "${trigger.message}" and replays once`, async () => {
      const onTokens = vi.fn();
      const { client, sent } = testClient({ ...creds, onTokens }, imgur(trigger));
      expect(await me(client)).toEqual({ url: 'me' });
      expect(sent.map((s) => s.url.pathname)).toEqual(['/3/account/me', '/oauth2/token', '/3/account/me']);
      const form = new URLSearchParams(sent[1]!.body);
      expect(sent[1]!.request.method).toBe('POST');
      expect(Object.fromEntries(form)).toEqual({ refresh_token: 'refresh-xyz', client_id: 'client-id-1', client_secret: 'secret-abcdef', grant_type: 'refresh_token' });
      expect(sent[1]!.request.headers.get('Authorization')).toBeNull();
      expect(sent[2]!.request.headers.get('Authorization')).toBe('Bearer new-access');
      expect(onTokens).toHaveBeenCalledWith(expect.objectContaining({ access_token: 'new-access', refresh_token: 'refresh-new' }));
      expect(client.hasUserToken).toBe(true);
    });
  }

  it('does not refresh on other 403s', async () => {
    const { client, sent } = testClient(creds, imgur({ status: 403, message: 'Forbidden' }));
    await expect(me(client)).rejects.toBeInstanceOf(ImgurApiError);
    expect(sent).toHaveLength(1);
  });

  it('100 concurrent calls with an expired token cause exactly one refresh', async () => {
    const { client, sent } = testClient(creds, async (req) => {
      await new Promise((r) => setTimeout(r, Math.random() * 5));
      return imgur({ status: 401, message: 'expired' })(req);
    });
    const results = await Promise.all(Array.from({ length: 100 }, () => me(client)));
    expect(results.every((r) => r.url === 'me')).toBe(true);
    expect(sent.filter((s) => s.url.pathname === '/oauth2/token')).toHaveLength(1);
    expect(sent).toHaveLength(201);
  });

  it('replays only once: a second 401 after refreshing surfaces the API error', async () => {
    const { client, sent } = testClient(creds, (req) => (req.url.endsWith('/oauth2/token') ? tokenJson('still-bad') : envelope({ error: 'no' }, 401)));
    const err = await me(client).catch((e: unknown) => e);
    expect((err as ImgurApiError).status).toBe(401);
    expect(sent.filter((s) => s.url.pathname === '/oauth2/token')).toHaveLength(1);
  });

  const failures = [
    { name: 'HTTP 400 from the token endpoint', reply: () => new Response(JSON.stringify({ error: 'invalid_grant' }), { status: 400 }), want: /HTTP 400: invalid_grant/ },
    { name: 'a 200 without access_token', reply: () => new Response('{}'), want: /no access_token/ },
    { name: 'a non-JSON body', reply: () => new Response('<html>', { status: 500 }), want: /HTTP 500: response body is not the documented JSON/ },
    {
      name: 'a network error',
      reply: () => {
        throw new TypeError('socket hang up');
      },
      want: /socket hang up/,
    },
  ];
  for (const { name, reply, want } of failures) {
    it(`surfaces ImgurRefreshError for ${name}, without looping`, async () => {
      const { client, sent } = testClient(creds, (req) => (req.url.endsWith('/oauth2/token') ? reply() : envelope({ error: 'expired' }, 401)));
      const err = await me(client).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImgurRefreshError);
      expect((err as Error).message).toMatch(want);
      expect(sent.filter((s) => s.url.pathname === '/oauth2/token')).toHaveLength(1);
    });
  }

  it('obtains a token first when only a refresh token is configured', async () => {
    const { client, sent } = testClient({ ...creds, accessToken: undefined }, imgur({ status: 401, message: 'x' }));
    expect(await me(client)).toEqual({ url: 'me' });
    expect(sent.map((s) => s.url.pathname)).toEqual(['/oauth2/token', '/3/account/me']);
  });

  it('keeps the old refresh token when Imgur does not rotate it, and logs a throwing onTokens', async () => {
    const error = vi.fn();
    const onTokens = vi.fn(() => {
      throw new Error('disk full');
    });
    const { client, sent } = testClient({ ...creds, onTokens, logger: { error } }, (req) =>
      req.url.endsWith('/oauth2/token')
        ? new Response(JSON.stringify({ access_token: 'new-access' }))
        : req.headers.get('Authorization') === 'Bearer new-access'
          ? envelope({ url: 'me' })
          : envelope({ error: 'x' }, 401),
    );
    await me(client);
    client.setTokens({ accessToken: 'expired-again' });
    await me(client);
    expect(new URLSearchParams(sent[4]!.body).get('refresh_token')).toBe('refresh-xyz');
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ event: 'callback-failed', severity: 'error', operation: 'token refresh' }), 'onTokens threw: disk full');
  });

  it('an onTokens that throws null, rejects, or whose logger throws too: the call goes on with the new pair', async () => {
    const throwers: [() => unknown, { error: (e: unknown, m: string) => void }][] = [
      [
        () => {
          throw null;
        },
        { error: vi.fn() },
      ],
      [() => Promise.reject(new Error('rejected')), { error: vi.fn() }],
      [
        () => {
          throw new Error('disk full');
        },
        {
          error: () => {
            throw new Error('logger down');
          },
        },
      ],
    ];
    for (const [onTokens, logger] of throwers) {
      const { client, sent } = testClient({ ...creds, onTokens: onTokens as never, logger }, imgur({ status: 401, message: 'expired' }));
      await expect(me(client)).resolves.toEqual({ url: 'me' });
      expect(sent.at(-1)!.request.headers.get('Authorization')).toBe('Bearer new-access');
    }
    expect(throwers[0]![1].error).toHaveBeenCalledWith(expect.objectContaining({ event: 'callback-failed' }), 'onTokens threw: null');
    expect(throwers[1]![1].error).toHaveBeenCalledWith(expect.objectContaining({ event: 'callback-failed' }), 'onTokens threw: rejected');
  });
});
