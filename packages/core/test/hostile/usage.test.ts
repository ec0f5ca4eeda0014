// Input that would change the request's route or split its headers is refused
// with ImgurUsageError before anything is sent (a local server counts requests).
import { describe, expect, it } from 'vitest';
import { json, serve } from '../support/http-server.js';
import { defineOperation } from '../../src/client/define-operation.js';
import { ImgurUsageError } from '../../src/errors/usage-errors.js';
import { rawClient } from '../../src/client/raw-client.js';
import { clientOn, expectNoSecrets, getMe, SECRETS, TRANSPORTS } from './setup.js';

const deleteAlbum = defineOperation<{ albumHash: string }, unknown>({
  id: 'album.deleteAlbum',
  method: 'DELETE',
  path: '/3/album/{albumHash}',
  pathParams: ['albumHash'],
  security: ['bearer'],
  envelope: true,
});
const deleteImage = defineOperation<{ username: string; deleteHash: string }, unknown>({
  id: 'account.deleteImage',
  method: 'DELETE',
  path: '/3/account/{username}/image/{deleteHash}',
  pathParams: ['username', 'deleteHash'],
  security: ['bearer'],
  envelope: true,
});
const search = defineOperation<{ q: string }, unknown>({
  id: 'gallery.search',
  method: 'GET',
  path: '/3/gallery/search',
  queryParams: ['q'],
  security: ['clientId'],
  envelope: true,
});

describe.each(TRANSPORTS)('input that would escape its place (%s transport)', (transport) => {
  it('"." and ".." path parameters: ImgurUsageError, nothing sent; "..." and "a..b" stay in their segment', async () => {
    const { url, seen } = await serve((_, res) => json(res, 200, { data: true, success: true, status: 200 }));
    const { client } = clientOn(transport, { baseUrl: url });
    for (const albumHash of ['.', '..', '%2E', '%2e%2E', '.%2E']) {
      const { error } = await deleteAlbum(client, { albumHash }).asResult();
      expect(error).toBeInstanceOf(ImgurUsageError);
      expect(error!.message).toBe(`album.deleteAlbum: path parameter "albumHash" cannot be "${albumHash}" (it would change the route /3/album/{albumHash}).`);
    }
    expect((await deleteImage(client, { username: '..', deleteHash: 'x' }).asResult()).error).toBeInstanceOf(ImgurUsageError);
    expect(seen).toHaveLength(0);
    await deleteAlbum(client, { albumHash: '...' });
    await deleteAlbum(client, { albumHash: 'a..b' });
    await deleteAlbum(client, { albumHash: '../x' });
    expect(seen.map((s) => s.url)).toEqual(['/3/album/...', '/3/album/a..b', '/3/album/..%2Fx']);
  });

  it('query values with CR, LF or other control characters: ImgurUsageError, nothing sent', async () => {
    const { url, seen } = await serve((_, res) => json(res, 200, { data: [], success: true, status: 200 }));
    const { client } = clientOn(transport, { baseUrl: url });
    for (const q of ['a\r\nSet-Cookie: x=1', 'a\0b', 'tab\there']) {
      const { error } = await search(client, { q }).asResult();
      expect(error).toBeInstanceOf(ImgurUsageError);
      expect(error!.message).toBe('gallery.search: query parameter "q" contains CR, LF or another control character.');
    }
    expect(seen).toHaveLength(0);
  });

  it('per-call header names or values with CR, LF, control characters or characters above U+00FF: ImgurUsageError, nothing sent', async () => {
    const { url, seen } = await serve((_, res) => json(res, 200, { data: {}, success: true, status: 200 }));
    const { client, lines } = clientOn(transport, { baseUrl: url });
    const bad: Record<string, string>[] = [
      { 'x-a': 'v\r\nx-injected: 1' },
      { 'x-a': 'v\nw' },
      { 'x-a': 'nul\0' },
      { 'x-a': 'snow ☃' },
      { 'x a': 'v' },
      { 'x-a\r\nx-b': 'v' },
      { '': 'v' },
    ];
    for (const headers of bad) {
      const { error } = await getMe(client, {}, { headers }).asResult();
      expect(error).toBeInstanceOf(ImgurUsageError);
      expect(error!.message).toMatch(/^GET \/3\/account\/me \(account\.me\): header ".*" has an invalid name or value/);
      expectNoSecrets(error, lines);
    }
    expect(seen).toHaveLength(0);
    expect((await getMe(client, {}, { headers: { 'x-a': 'latin1 é\tok' } }).asResult()).error).toBeUndefined();
    expect(seen).toHaveLength(1);
  });
});

describe.each(TRANSPORTS)('configuration and raw calls that would move the request (%s transport)', (transport) => {
  it('a baseUrl with a user name, plain http: off loopback or an Imgur lookalike host: ImgurUsageError at creation, nothing sent', async () => {
    const { url, seen } = await serve((_, res) => json(res, 200, { data: {}, success: true, status: 200 }));
    const host = new URL(url).host;
    for (const baseUrl of [
      `http://api.imgur.com@${host}`,
      `https://api.imgur.com@${host}`,
      `http://${SECRETS.accessToken}:x@${host}`,
      'http://api.imgur.com',
      'https://api.imgur.com.evil.example',
    ]) {
      let error: unknown;
      try {
        clientOn(transport, { baseUrl });
      } catch (e) {
        error = e;
      }
      expect(error, baseUrl).toBeInstanceOf(ImgurUsageError);
      expectNoSecrets(error);
    }
    expect(seen).toHaveLength(0);
  });

  it('rawClient: ".", ".." and encoded forms as path values: ImgurUsageError, nothing sent; ordinary values are sent', async () => {
    const { url, seen } = await serve((_, res) => json(res, 200, { data: [], success: true, status: 200 }));
    const api = rawClient(clientOn(transport, { baseUrl: url }).client);
    for (const albumHash of ['.', '..', '%2e%2e'])
      await expect(api.GET('/3/album/{albumHash}/images', { params: { path: { albumHash } } })).rejects.toBeInstanceOf(ImgurUsageError);
    expect(seen).toHaveLength(0);
    await api.GET('/3/album/{albumHash}/images', { params: { path: { albumHash: 'abc' } } });
    expect(seen.map((s) => s.url)).toEqual(['/3/album/abc/images']);
  });
});
