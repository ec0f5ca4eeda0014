import { afterEach, describe, expect, it } from 'vitest';
import { createImgurClient } from '../../src/client/create-client.js';
import { rawClient } from '../../src/client/raw-client.js';
import { IMGUR_BASE_URL, MASHAPE_BASE_URL } from '../../src/util/base-urls.js';
import { createEtagCache } from '../../src/cache/etag-cache.js';
import { ImgurUsageError } from '../../src/errors/usage-errors.js';
import { envelope, mockFetch, testClient, getImage } from '../support/helpers.js';

function withBrowserGlobals(run: () => void): void {
  const g = globalThis as Record<string, unknown>;
  g.window = {};
  g.document = {};
  try {
    run();
  } finally {
    delete g.window;
    delete g.document;
  }
}

describe('createImgurClient', () => {
  afterEach(() => {
    expect('window' in globalThis).toBe(false);
  });

  const hosts = [
    { given: {}, want: IMGUR_BASE_URL },
    { given: { mashapeKey: 'mk-123456' }, want: MASHAPE_BASE_URL },
    { given: { baseUrl: 'http://127.0.0.1:9/' }, want: 'http://127.0.0.1:9' },
  ];
  for (const { given, want } of hosts) {
    it(`uses ${want} for ${JSON.stringify(given)}`, async () => {
      const { client, sent } = testClient({ clientId: 'cid-1234', ...given }, () => envelope({}));
      expect(client.baseUrl).toBe(want);
      await getImage(client, { imageHash: 'x' });
      expect(sent[0]!.url.href).toBe(`${want}/3/image/x`);
      expect(sent[0]!.request.headers.get('X-Mashape-Key')).toBe('mashapeKey' in given ? 'mk-123456' : null);
    });
  }

  it('sends User-Agent outside browsers only', async () => {
    const { client, sent } = testClient({ clientId: 'cid-1234', userAgent: 'my-app/1.0' }, () => envelope({}));
    await getImage(client, { imageHash: 'x' });
    expect(sent[0]!.request.headers.get('User-Agent')).toBe('my-app/1.0');
    let browserClient: ReturnType<typeof testClient> | undefined;
    withBrowserGlobals(() => {
      browserClient = testClient({ clientId: 'cid-1234', userAgent: 'my-app/1.0' }, () => envelope({}));
    });
    await getImage(browserClient!.client, { imageHash: 'x' });
    expect(browserClient!.sent[0]!.request.headers.get('User-Agent')).not.toBe('my-app/1.0');
  });

  it('refuses a clientSecret in a browser unless dangerouslyAllowBrowser', () => {
    withBrowserGlobals(() => {
      expect(() => createImgurClient({ clientId: 'c', clientSecret: 'top-secret-1' })).toThrow(ImgurUsageError);
      expect(() => createImgurClient({ clientId: 'c', clientSecret: 'top-secret-1' })).toThrow(/dangerouslyAllowBrowser/);
      expect(() => createImgurClient({ clientId: 'c', clientSecret: 'top-secret-1', dangerouslyAllowBrowser: true })).not.toThrow();
    });
    expect(() => createImgurClient({ clientId: 'c', clientSecret: 'top-secret-1' })).not.toThrow();
  });

  it('installs auth on the raw openapi-fetch client', async () => {
    const mock = mockFetch(() => envelope({ id: 'x' }));
    const client = createImgurClient({ clientId: 'cid-1234', mashapeKey: 'mk-123456', fetch: mock.fetch });
    const res = await rawClient(client).GET('/3/album/{albumHash}', { params: { path: { albumHash: 'x' } } });
    expect(res.data).toEqual({ data: { id: 'x' }, success: true, status: 200 });
    expect(mock.sent[0]!.url.href).toBe(`${MASHAPE_BASE_URL}/3/album/x`);
    expect(mock.sent[0]!.request.headers.get('Authorization')).toBe('Client-ID cid-1234');
    expect(mock.sent[0]!.request.headers.get('X-Mashape-Key')).toBe('mk-123456');
    client.setTokens({ accessToken: 'user-token-1' });
    await rawClient(client).GET('/3/credits');
    expect(mock.sent[1]!.request.headers.get('Authorization')).toBe('Bearer user-token-1');
  });

  it('uses globalThis.fetch when no fetch is given, looked up per call', async () => {
    const original = globalThis.fetch;
    const mock = mockFetch(() => envelope({ id: 'x' }));
    const client = createImgurClient({ clientId: 'cid-1234' });
    globalThis.fetch = mock.fetch;
    try {
      await getImage(client, { imageHash: 'x' });
    } finally {
      globalThis.fetch = original;
    }
    expect(mock.sent).toHaveLength(1);
  });

  it('accepts an ETag cache instance', async () => {
    const cache = createEtagCache({ maxEntries: 2 });
    const { client } = testClient({ clientId: 'cid-1234', etagCache: cache }, () => envelope({ id: 'x' }, 200, { ETag: '"1"' }));
    await getImage(client, { imageHash: 'x' });
    expect(cache.size).toBe(1);
  });

  it('setTokens replaces tokens; hasUserToken reflects them; the client shows no secrets', () => {
    const client = createImgurClient({ clientId: 'cid-1234', clientSecret: 'shh-secret', accessToken: 'tok-abcdef' });
    expect(client.hasUserToken).toBe(true);
    expect(JSON.stringify(Object.keys(client))).not.toContain('tok');
    client.setTokens({ accessToken: undefined });
    expect(client.hasUserToken).toBe(false);
    expect(Object.isFrozen(client)).toBe(true);
  });
});
