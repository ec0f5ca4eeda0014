import { describe, expect, it } from 'vitest';
import { ImgurTimeoutError } from '../../src/errors/transport-errors.js';
import { ImgurUsageError } from '../../src/errors/usage-errors.js';
import { rawClient } from '../../src/client/raw-client.js';
import { envelope, testClient } from '../support/helpers.js';

describe('rawClient: the raw openapi-fetch client goes through the pipeline', () => {
  it('retries a GET answered 503 and returns the final response with its body', async () => {
    const { client, sent, sleeps } = testClient({ clientId: 'cid-1234' }, (_r, n) => (n === 0 ? envelope({ error: 'down' }, 503) : envelope({ id: 'x' })));
    const res = await rawClient(client).GET('/3/album/{albumHash}', { params: { path: { albumHash: 'x' } } });
    expect(res.data).toEqual({ data: { id: 'x' }, success: true, status: 200 });
    expect(sent).toHaveLength(2);
    expect(sleeps).toEqual([250]);
  });

  it('hands back HTTP errors as responses (openapi-fetch `error`), after the retries', async () => {
    const { client, sent } = testClient({ clientId: 'cid-1234', retries: 1 }, () => envelope({ error: 'gone' }, 404));
    const res = await rawClient(client).GET('/3/credits');
    expect(res.response.status).toBe(404);
    expect(res.error).toEqual({ data: { error: 'gone' }, success: false, status: 404 });
    expect(sent).toHaveLength(1);
  });

  it('sends the JSON body on every attempt of an opted-in POST', async () => {
    const { client, sent } = testClient({ accessToken: 'user-token-1', retryPost: true }, (_r, n) => (n === 0 ? envelope({ error: 'x' }, 503) : envelope(true)));
    const res = await rawClient(client).POST('/3/album', { body: { title: 'T' } } as never);
    expect(res.data).toEqual({ data: true, success: true, status: 200 });
    expect(sent.map((s) => [s.body, s.request.headers.get('Content-Type'), s.request.headers.get('Authorization')])).toEqual([
      ['{"title":"T"}', 'application/json', 'Bearer user-token-1'],
      ['{"title":"T"}', 'application/json', 'Bearer user-token-1'],
    ]);
  });

  it('refreshes an invalid token and replays the raw call', async () => {
    const creds = { clientId: 'cid-1234', clientSecret: 'sec-1234', accessToken: 'old-token', refreshToken: 'ref-1234' };
    const { client, sent } = testClient(creds, (req) =>
      req.url.endsWith('/oauth2/token')
        ? new Response(JSON.stringify({ access_token: 'new-token' }))
        : req.headers.get('Authorization') === 'Bearer new-token'
          ? envelope({ url: 'me' })
          : envelope({ error: 'expired' }, 401),
    );
    const res = await rawClient(client).GET('/3/account/me' as never);
    expect(res.data).toEqual({ data: { url: 'me' }, success: true, status: 200 });
    expect(sent.map((s) => s.url.pathname)).toEqual(['/3/account/me', '/oauth2/token', '/3/account/me']);
  });

  it('sends no Authorization without credentials, and rejects on a timeout', async () => {
    const hang = (req: Request) => new Promise<Response>((_resolve, reject) => req.signal.addEventListener('abort', () => reject(req.signal.reason)));
    const { client, sent } = testClient({ timeoutMs: 10 }, hang);
    await expect(rawClient(client).GET('/3/credits')).rejects.toBeInstanceOf(ImgurTimeoutError);
    expect(sent[0]!.request.headers.get('Authorization')).toBeNull();
  });
});

describe('rawClient: paths are checked as the generated functions check them', () => {
  it('refuses ".", ".." and their encodings, and missing values, before sending', async () => {
    const { client, sent } = testClient({ clientId: 'cid-1234' }, () => envelope([]));
    const api = rawClient(client);
    for (const albumHash of ['.', '..', '%2E', '.%2e', '%2E%2E', '%252e%252E']) {
      await expect(api.GET('/3/album/{albumHash}/images', { params: { path: { albumHash } } })).rejects.toThrow(
        `rawClient GET /3/album/{albumHash}/images: path parameter "albumHash" cannot be "${albumHash}" (it would change the route /3/album/{albumHash}/images).`,
      );
    }
    for (const albumHash of ['', undefined, null]) {
      await expect(api.GET('/3/album/{albumHash}/images', { params: { path: { albumHash: albumHash as never } } })).rejects.toThrow(
        'rawClient GET /3/album/{albumHash}/images: missing required path parameter "albumHash".',
      );
    }
    await expect(api.GET('/3/album/{albumHash}/images', { params: { path: { albumHash: ['..'] as never } } })).rejects.toBeInstanceOf(ImgurUsageError);
    await expect(api.GET('/3/album/../credits' as never)).rejects.toThrow('the path has a ".." segment');
    expect(sent).toHaveLength(0);
    await api.GET('/3/album/{albumHash}/images', { params: { path: { albumHash: '...' } } });
    await api.GET('/3/album/{albumHash}/images', { params: { path: { albumHash: 'a..b' } } });
    await api.GET('/3/album/{albumHash}/images', { params: { path: { albumHash: '../x' } } });
    expect(sent.map((s) => s.url.pathname)).toEqual(['/3/album/.../images', '/3/album/a..b/images', '/3/album/..%2Fx/images']);
  });

  it('refuses a per-request baseUrl other than the client one (the token stays with its origin)', async () => {
    const { client, sent } = testClient({ accessToken: 'user-token-1', baseUrl: 'https://api.imgur.com' }, () => envelope([]));
    for (const baseUrl of ['https://evil.example', 'https://api.imgur.com.evil.example', 'http://api.imgur.com'])
      await expect(rawClient(client).GET('/3/credits', { baseUrl })).rejects.toBeInstanceOf(ImgurUsageError);
    // The client's own base URL, however it is written, is not refused.
    const upper = testClient({ accessToken: 'user-token-1', baseUrl: 'HTTPS://API.IMGUR.COM:443/' }, () => envelope([]));
    expect((await rawClient(upper.client).GET('/3/credits')).data).toEqual({ data: [], success: true, status: 200 });
    expect(upper.sent.map((s) => s.url.href)).toEqual(['https://api.imgur.com/3/credits']);
    // The platform's Request refuses a URL with credentials itself.
    await expect(rawClient(client).GET('/3/credits', { baseUrl: 'https://api.imgur.com@evil.example' })).rejects.toThrow();
    expect(sent).toHaveLength(0);
  });
});
