import { describe, expect, it } from 'vitest';
import { defineOperation } from '../../src/client/define-operation.js';
import { ImgurApiError } from '../../src/errors/api-error.js';
import { ImgurAuthError } from '../../src/errors/auth-errors.js';
import { ImgurUsageError } from '../../src/errors/usage-errors.js';
import { envelope, testClient } from '../support/helpers.js';

interface GetAlbumInput {
  albumHash: string;
}
const getAlbum = defineOperation<GetAlbumInput, { id: string }>({
  id: 'album.getAlbum',
  method: 'GET',
  path: '/3/album/{albumHash}',
  security: ['clientId', 'bearer'],
  pathParams: ['albumHash'],
  envelope: true,
});
const getAccountImages = defineOperation<{ username: string; page?: number }, unknown[]>({
  id: 'account.getImages',
  method: 'GET',
  path: '/3/account/{username}/images/{page}',
  security: ['bearer'],
  pathParams: ['username', 'page'],
  defaults: { page: 0 },
  envelope: true,
});

describe('defineOperation', () => {
  it('exposes the meta it was given', () => {
    expect(getAlbum.meta.id).toBe('album.getAlbum');
  });

  const authCases = [
    { given: { clientId: 'cid' }, want: 'Client-ID cid' },
    { given: { clientId: 'cid', accessToken: 'tok' }, want: 'Bearer tok' },
    { given: { accessToken: 'tok' }, want: 'Bearer tok' },
  ];
  for (const { given, want } of authCases) {
    it(`sends ${want.split(' ')[0]} for ${JSON.stringify(given)}`, async () => {
      const { client, sent } = testClient(given, () => envelope({ id: 'abc' }));
      const album = await getAlbum(client, { albumHash: 'abc' });
      expect(album).toEqual({ id: 'abc' });
      expect(sent).toHaveLength(1);
      expect(sent[0]!.request.method).toBe('GET');
      expect(sent[0]!.url.href).toBe('https://api.imgur.com/3/album/abc');
      expect(sent[0]!.request.headers.get('Authorization')).toBe(want);
    });
  }

  it('encodes path parameters and applies defaults for missing ones', async () => {
    const { client, sent } = testClient({ accessToken: 't' }, () => envelope([]));
    await getAccountImages(client, { username: 'a b/c' });
    expect(sent[0]!.url.pathname).toBe('/3/account/a%20b%2Fc/images/0');
  });

  it('refuses a missing required path parameter before sending, naming op and param', async () => {
    const { client, sent } = testClient({ accessToken: 't' }, () => envelope([]));
    const err = await getAccountImages(client, {} as { username: string }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImgurUsageError);
    expect((err as Error).message).toContain('account.getImages');
    expect((err as Error).message).toContain('"username"');
    expect(sent).toHaveLength(0);
  });

  it('refuses a bearer-only route without a user token before sending', async () => {
    const { client, sent } = testClient({ clientId: 'cid' }, () => envelope([]));
    const err = await getAccountImages(client, { username: 'me' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImgurAuthError);
    expect((err as Error).message).toMatch(/account\.getImages.*user access token/);
    expect(sent).toHaveLength(0);
  });

  it('throws ImgurApiError with Imgur message, status, method and route', async () => {
    const { client } = testClient({ clientId: 'cid' }, () => envelope({ error: 'Unable to find an album with the id, x', request: '/3/album/x', method: 'GET' }, 404));
    const err = await getAlbum(client, { albumHash: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImgurApiError);
    const api = err as ImgurApiError;
    expect(api.status).toBe(404);
    expect(api.imgurMessage).toBe('Unable to find an album with the id, x');
    expect(api.method).toBe('GET');
    expect(api.route).toEqual({ path: '/3/album/{albumHash}', operationId: 'album.getAlbum' });
    expect(api.response.status).toBe(404);
  });

  it('sends once however the promise is consumed', async () => {
    const { client, sent } = testClient({ clientId: 'cid' }, () => envelope({ id: 'abc' }));
    const p = getAlbum(client, { albumHash: 'abc' });
    const [a, b, c] = await Promise.all([p, p.withResponse(), p.asResult()]);
    expect(a).toEqual({ id: 'abc' });
    expect(b.data).toEqual({ id: 'abc' });
    expect(c.data).toEqual({ id: 'abc' });
    expect(sent).toHaveLength(1);
  });

  it('sends eagerly, even when never awaited', async () => {
    const { client, sent } = testClient({ clientId: 'cid' }, () => envelope({ id: 'abc' }));
    void getAlbum(client, { albumHash: 'abc' });
    await new Promise((r) => setTimeout(r, 10));
    expect(sent).toHaveLength(1);
  });
});
