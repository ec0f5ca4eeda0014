import { describe, expect, it } from 'vitest';
import { ImgurTimeoutError } from '../../src/errors/transport-errors.js';
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
