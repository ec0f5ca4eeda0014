import { describe, expect, it, vi } from 'vitest';
import { defineOperation } from '../../src/client/define-operation.js';
import { createImgurClient } from '../../src/client/create-client.js';
import { createEtagCache } from '../../src/cache/etag-cache.js';
import { ImgurApiError } from '../../src/errors/api-error.js';
import { ImgurAbortError, ImgurNetworkError, ImgurTimeoutError } from '../../src/errors/transport-errors.js';
import { ImgurBudgetError } from '../../src/errors/usage-errors.js';
import { ImgurError } from '../../src/errors/imgur-error.js';
import { envelope, testClient, getImage } from '../support/helpers.js';

const favorite = defineOperation<{ imageHash: string }, string>({
  id: 'image.favorite',
  method: 'POST',
  path: '/3/image/{imageHash}/favorite',
  security: ['bearer'],
  pathParams: ['imageHash'],
  envelope: true,
});
const me = defineOperation<Record<string, never>, { url: string }>({
  id: 'account.me',
  method: 'GET',
  path: '/3/account/me',
  security: ['bearer'],
  envelope: true,
});

describe('send: retries', () => {
  const cases = [
    { status: 503, method: 'GET', want: 3 },
    { status: 502, method: 'GET', want: 3 },
    { status: 504, method: 'GET', want: 3 },
    { status: 500, method: 'GET', want: 1 },
    { status: 503, method: 'POST', want: 1 },
  ] as const;
  for (const { status, method, want } of cases) {
    it(`${method} answered ${status} is sent ${want} time(s) with retries: 2`, async () => {
      const { client, sent } = testClient({ clientId: 'client-1234', accessToken: 'token-1234' }, () => envelope({ error: 'down' }, status));
      const op = method === 'GET' ? getImage(client, { imageHash: 'x' }) : favorite(client, { imageHash: 'x' });
      const err = await op.catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImgurApiError);
      expect((err as ImgurApiError).status).toBe(status);
      expect(sent).toHaveLength(want);
    });
  }

  it('retries POST when the caller opts in, per call or per client', async () => {
    const a = testClient({ accessToken: 'token-1234' }, (_r, n) => (n === 0 ? envelope({ error: 'x' }, 503) : envelope('favorited')));
    expect(await favorite(a.client, { imageHash: 'x' }, { retryPost: true })).toBe('favorited');
    expect(a.sent).toHaveLength(2);
    const b = testClient({ accessToken: 'token-1234', retryPost: true }, (_r, n) => (n === 0 ? envelope({ error: 'x' }, 503) : envelope('favorited')));
    expect(await favorite(b.client, { imageHash: 'x' })).toBe('favorited');
    expect(b.sent).toHaveLength(2);
  });

  it('re-creates the request for every attempt with backoff between them', async () => {
    const { client, sent, sleeps } = testClient({ clientId: 'client-1234', retries: 3 }, (_r, n) => (n < 3 ? envelope({ error: 'x' }, 503) : envelope({ id: 'x' })));
    expect(await getImage(client, { imageHash: 'x' })).toEqual({ id: 'x' });
    expect(sent).toHaveLength(4);
    expect(new Set(sent.map((s) => s.request)).size).toBe(4);
    expect(sleeps).toEqual([250, 500, 1000]);
  });

  it('retries network errors and then surfaces ImgurNetworkError', async () => {
    const { client, sent } = testClient({ clientId: 'client-1234' }, () => {
      throw new TypeError('fetch failed');
    });
    const err = await getImage(client, { imageHash: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImgurNetworkError);
    expect((err as Error).message).toContain('fetch failed');
    expect(sent).toHaveLength(3);
  });

  it('honours Retry-After and gives up when it exceeds the cap', async () => {
    const a = testClient({ clientId: 'client-1234' }, (_r, n) => (n === 0 ? envelope({ error: 'slow' }, 429, { 'Retry-After': '7' }) : envelope({ id: 'x' })));
    await getImage(a.client, { imageHash: 'x' });
    expect(a.sleeps).toEqual([7000]);
    const b = testClient({ clientId: 'client-1234' }, () => envelope({ error: 'slow' }, 429, { 'Retry-After': '3600' }));
    const err = await getImage(b.client, { imageHash: 'x' }).catch((e: unknown) => e);
    expect((err as ImgurApiError).status).toBe(429);
    expect(b.sent).toHaveLength(1);
  });

  it('does not retry a 429 when the app has no credits left', async () => {
    const { client, sent } = testClient({ clientId: 'client-1234' }, () => envelope({ error: 'limit' }, 429, { 'X-RateLimit-ClientRemaining': '0' }));
    await getImage(client, { imageHash: 'x' }).catch(() => undefined);
    expect(sent).toHaveLength(1);
  });
});

describe('send: timeouts and aborts', () => {
  const hang = (req: Request) => new Promise<Response>((_resolve, reject) => req.signal.addEventListener('abort', () => reject(req.signal.reason)));

  it('aborts a slow attempt after timeoutMs with ImgurTimeoutError, not retried', async () => {
    const { client, sent } = testClient({ clientId: 'client-1234', timeoutMs: 20 }, hang);
    const err = await getImage(client, { imageHash: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImgurTimeoutError);
    expect((err as Error).message).toContain('20 ms');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.request.signal.aborted).toBe(true);
  });

  it('settles a timeout or an abort even when a custom fetch ignores the signal', async () => {
    const deaf = () => new Promise<Response>(() => {});
    const slow = testClient({ clientId: 'client-1234', timeoutMs: 15 }, deaf);
    expect(await getImage(slow.client, { imageHash: 'x' }).catch((e: unknown) => e)).toBeInstanceOf(ImgurTimeoutError);
    const stopped = testClient({ clientId: 'client-1234' }, deaf);
    const controller = new AbortController();
    const p = getImage(stopped.client, { imageHash: 'x' }, { signal: controller.signal }).catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 5);
    expect(await p).toBeInstanceOf(ImgurAbortError);
  });

  it('per-call timeoutMs overrides the client default (30 s)', async () => {
    const { client } = testClient({ clientId: 'client-1234' }, hang);
    const err = await getImage(client, { imageHash: 'x' }, { timeoutMs: 10 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImgurTimeoutError);
  });

  it('takes a timeout beyond what timers hold (Infinity) as no timeout, not as an immediate one', async () => {
    const { client } = testClient({ clientId: 'client-1234', timeoutMs: Infinity }, async () => {
      await new Promise((done) => setTimeout(done, 30));
      return envelope({ id: 'x' });
    });
    expect(await getImage(client, { imageHash: 'x' }, { timeoutMs: 2 ** 40 })).toEqual({ id: 'x' });
    expect(await getImage(client, { imageHash: 'x' })).toEqual({ id: 'x' });
  });

  it('surfaces the caller abort as ImgurAbortError (before sending and in flight)', async () => {
    const { client, sent } = testClient({ clientId: 'client-1234' }, hang);
    const done = new AbortController();
    done.abort(new Error('stop'));
    const before = await getImage(client, { imageHash: 'x' }, { signal: done.signal }).catch((e: unknown) => e);
    expect(before).toBeInstanceOf(ImgurAbortError);
    expect(sent).toHaveLength(0);
    const later = new AbortController();
    const p = getImage(client, { imageHash: 'x' }, { signal: later.signal }).catch((e: unknown) => e);
    setTimeout(() => later.abort(), 5);
    const err = await p;
    expect(err).toBeInstanceOf(ImgurAbortError);
    expect(sent[0]!.request.signal.aborted).toBe(true);
  });

  it('aborts during a backoff sleep', async () => {
    const controller = new AbortController();
    const client = createImgurClient({ clientId: 'client-1234', fetch: async () => envelope({ error: 'x' }, 503), random: () => 1, retries: 5 });
    const p = getImage(client, { imageHash: 'x' }, { signal: controller.signal }).catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 30);
    expect(await p).toBeInstanceOf(ImgurAbortError);
  });
});

describe('send: bodies that are not the documented JSON', () => {
  const cases = [
    { name: 'HTML error page', status: 502, body: '<html><body>Bad gateway</body></html>', type: 'text/html' },
    { name: 'truncated JSON', status: 200, body: '{"data": {"id": "x"', type: 'application/json' },
    { name: 'JSON without envelope', status: 200, body: '[1,2]', type: 'application/json' },
  ];
  for (const { name, status, body, type } of cases) {
    it(`${name} -> ImgurApiError with status ${status}`, async () => {
      const { client } = testClient({ clientId: 'client-1234', retries: 0 }, () => new Response(body, { status, headers: { 'Content-Type': type } }));
      const err = await getImage(client, { imageHash: 'x' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImgurApiError);
      expect((err as ImgurApiError).status).toBe(status);
      expect((err as Error).message).toMatch(/not (the documented JSON|Imgur's \{ data, success, status \} envelope)/);
    });
  }

  it('treats success:false in a 200 body (_fake_status) as an error with the body status', async () => {
    const { client } = testClient(
      { clientId: 'client-1234' },
      () => new Response(JSON.stringify({ data: { error: { code: 1003, message: 'nope' } }, success: false, status: 400 })),
    );
    const err = (await getImage(client, { imageHash: 'x' }).catch((e: unknown) => e)) as ImgurApiError;
    expect(err.status).toBe(400);
    expect(err.code).toBe(1003);
    expect(err.imgurMessage).toBe('nope');
    expect(err.imgurError).toEqual({ code: 1003, message: 'nope' });
  });

  it('returns undefined data for an empty 2xx body', async () => {
    const { client } = testClient({ clientId: 'client-1234' }, () => new Response(null, { status: 204 }));
    expect(await getImage(client, { imageHash: 'x' })).toBeUndefined();
  });
});

describe('send: rate limits, budget, deprecation', () => {
  const headers = { 'X-RateLimit-ClientRemaining': '12', 'X-RateLimit-UserRemaining': '500' };

  it('exposes the rate-limit snapshot on results and errors', async () => {
    const { client } = testClient({ clientId: 'client-1234' }, (_r, n) => (n === 0 ? envelope({ id: 'x' }, 200, headers) : envelope({ error: 'gone' }, 404, headers)));
    const ok = await getImage(client, { imageHash: 'x' }).withResponse();
    expect(ok.rateLimit.clientRemaining).toBe(12);
    const err = (await getImage(client, { imageHash: 'x' }).catch((e: unknown) => e)) as ImgurApiError;
    expect(err.rateLimit.userRemaining).toBe(500);
  });

  it('refuses a call before sending when it would go below the client budget (uploads cost 10)', async () => {
    const { client, sent } = testClient({ clientId: 'client-1234', budget: { minClientRemaining: 5 } }, () => envelope({ id: 'x' }, 200, headers));
    await getImage(client, { imageHash: 'x' });
    const costly = defineOperation<{ imageHash: string }, unknown>({ ...getImage.meta, id: 'image.costly', credits: 10 });
    const err = await costly(client, { imageHash: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImgurBudgetError);
    expect((err as Error).message).toContain('12 client credits');
    expect(sent).toHaveLength(1);
    expect(await getImage(client, { imageHash: 'x' })).toEqual({ id: 'x' });
  });

  it('refuses a call below the user budget', async () => {
    const { client } = testClient({ clientId: 'client-1234', budget: { minUserRemaining: 500 } }, () => envelope({ id: 'x' }, 200, headers));
    await getImage(client, { imageHash: 'x' });
    await expect(getImage(client, { imageHash: 'x' })).rejects.toBeInstanceOf(ImgurBudgetError);
  });

  it('warns once per operation and client on Sunset or Deprecation headers', async () => {
    const warn = vi.fn();
    const { client } = testClient({ clientId: 'client-1234', accessToken: 'token-1234', logger: { warn } }, (req) =>
      envelope({ id: 'x' }, 200, req.url.includes('favorite') ? { Deprecation: 'true' } : { Sunset: 'Sat, 01 Jan 2028 00:00:00 GMT' }),
    );
    await getImage(client, { imageHash: 'a' });
    await getImage(client, { imageHash: 'b' });
    await favorite(client, { imageHash: 'a' });
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0]![1]).toContain('image.getImage');
    expect(warn.mock.calls[0]![1]).toContain('Sunset: Sat, 01 Jan 2028');
    expect(warn.mock.calls[0]![0]).toMatchObject({ event: 'deprecation', severity: 'warn', operation: 'image.getImage' });
    expect(warn.mock.calls[1]![1]).toContain('image.favorite');
  });

  it('logs each request at debug level', async () => {
    const debug = vi.fn();
    const { client } = testClient({ clientId: 'client-1234', logger: { debug }, logLevel: 'debug' }, () => envelope({ id: 'x' }));
    await getImage(client, { imageHash: 'x' });
    expect(debug).toHaveBeenCalledWith(
      {
        event: 'response',
        severity: 'debug',
        operation: 'image.getImage',
        method: 'GET',
        path: '/3/image/{imageHash}',
        message: 'GET https://api.imgur.com/3/image/x -> 200',
        attempt: 0,
        status: 200,
      },
      'GET https://api.imgur.com/3/image/x -> 200',
    );
  });
});

describe('send: ETag cache', () => {
  it('sends If-None-Match and turns a 304 into the cached data', async () => {
    const { client, sent } = testClient({ clientId: 'client-1234', etagCache: createEtagCache({ maxEntries: 10 }) }, (req) =>
      req.headers.get('If-None-Match') === '"abc"' ? new Response(null, { status: 304 }) : envelope({ id: 'x' }, 200, { ETag: '"abc"' }),
    );
    const first = await getImage(client, { imageHash: 'x' });
    const second = await getImage(client, { imageHash: 'x' }).withResponse();
    expect(second.data).toEqual(first);
    expect(second.response.status).toBe(304);
    expect(sent[0]!.request.headers.get('If-None-Match')).toBeNull();
    expect(sent[1]!.request.headers.get('If-None-Match')).toBe('"abc"');
  });

  it('keys the cache by auth identity', async () => {
    const { client, sent } = testClient({ clientId: 'client-1234', accessToken: 'one', etagCache: createEtagCache() }, () => envelope({ url: 'u' }, 200, { ETag: '"e"' }));
    await me(client);
    client.setTokens({ accessToken: 'two' });
    await me(client);
    expect(sent[1]!.request.headers.get('If-None-Match')).toBeNull();
  });
});

describe('send: headers', () => {
  it('adds per-call headers (any case) but never lets them replace Authorization', async () => {
    const { client, sent } = testClient({ clientId: 'client-1234' }, () => envelope({ id: 'x' }));
    await getImage(client, { imageHash: 'x' }, { headers: { 'X-Trace': 'a', AUTHORIZATION: 'Bearer stolen' } });
    expect(sent[0]!.request.headers.get('x-trace')).toBe('a');
    expect(sent[0]!.request.headers.get('Authorization')).toBe('Client-ID client-1234');
  });
});

describe('send: unexpected failures', () => {
  it('wraps a non-Imgur error (a throwing random) in ImgurError', async () => {
    const client = createImgurClient({
      clientId: 'client-1234',
      fetch: async () => Promise.reject(new TypeError('offline')),
      random: () => {
        throw new Error('no entropy');
      },
    });
    const err = await getImage(client, { imageHash: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImgurError);
    expect((err as Error).message).toContain('image.getImage failed unexpectedly');
  });

  it('rejects a client not made by createImgurClient', async () => {
    const fake = { api: {}, baseUrl: '', setTokens() {}, hasUserToken: false } as never;
    await expect(getImage(fake, { imageHash: 'x' })).rejects.toThrow(/createImgurClient/);
  });

  it('wraps a thrown non-Error value', async () => {
    const client = createImgurClient({
      clientId: 'client-1234',
      etagCache: {
        get: () => {
          throw 'boom';
        },
        set() {},
        size: 0,
        bytes: 0,
      },
    });
    const err = await getImage(client, { imageHash: 'x' }).catch((e: unknown) => e);
    expect((err as Error).message).toContain('boom');
  });
});
