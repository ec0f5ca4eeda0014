import { describe, expect, it } from 'vitest';
import { definePageableOperation } from '../../src/client/define-operation.js';
import { paginate } from '../../src/paging/paginate.js';
import { ImgurUsageError } from '../../src/errors/usage-errors.js';
import { ImgurApiError } from '../../src/errors/api-error.js';
import { envelope, testClient } from '../support/helpers.js';

const images = definePageableOperation<{ username: string; page?: number }, { id: number }[], { id: number }>({
  id: 'account.getImages',
  method: 'GET',
  path: '/3/account/{username}/images/{page}',
  security: ['bearer'],
  pathParams: ['username', 'page'],
  defaults: { page: 0 },
  envelope: true,
  paging: { style: 'path', param: 'page' },
});
const queryPaged = definePageableOperation<{ perPage?: number }, { id: number }[], { id: number }>({
  id: 'account.queryPaged',
  method: 'GET',
  path: '/3/account/me/images',
  security: ['bearer'],
  envelope: true,
  paging: { style: 'query', param: 'page', perPage: 'perPage', maxPerPage: 100 },
});
const blocks = definePageableOperation<Record<string, never>, { items: { url: string }[]; next: string | null }, { url: string }>({
  id: 'account.getBlocks',
  method: 'GET',
  path: '/3/account/me/block',
  security: ['bearer'],
  envelope: true,
  paging: { style: 'cursor', param: 'next', next: 'next', items: 'items' },
});
const auth = { accessToken: 'user-token-9' };
const pageOf = (n: number, size = 2) => Array.from({ length: size }, (_v, i) => ({ id: n * 10 + i }));

describe('paginate', () => {
  it('walks path pages until an empty page', async () => {
    const { client, sent } = testClient(auth, (req) => {
      const page = Number(new URL(req.url).pathname.split('/').pop());
      return envelope(page < 3 ? pageOf(page) : []);
    });
    const ids: number[] = [];
    for await (const item of paginate(client, images, { username: 'bob' })) ids.push(item.id);
    expect(ids).toEqual([0, 1, 10, 11, 20, 21]);
    expect(sent.map((s) => s.url.pathname)).toEqual([0, 1, 2, 3].map((p) => `/3/account/bob/images/${p}`));
  });

  it('a loop left early asks for no further page, and a fresh loop starts again', async () => {
    const { client, sent } = testClient(auth, (req) => envelope(pageOf(Number(req.url.split('/').pop()), 3)));
    const items = paginate(client, images, { username: 'me' });
    const seen: number[] = [];
    for await (const item of items) {
      seen.push(item.id);
      if (seen.length === 4) break;
    }
    expect(seen).toEqual([0, 1, 2, 10]);
    expect(sent).toHaveLength(2);
    const it = items[Symbol.asyncIterator]();
    expect(await it.next()).toEqual({ done: false, value: { id: 0 } });
    expect(await it.return!()).toEqual({ done: true, value: undefined });
    expect(await it.next()).toEqual({ done: true, value: undefined });
    expect(sent).toHaveLength(3);
  });

  it('starts at startPage and stops at maxPages; pages() yields whole pages', async () => {
    const { client, sent } = testClient(auth, (req) => envelope(pageOf(Number(req.url.split('/').pop()))));
    const pages = [];
    for await (const page of paginate(client, images, { username: 'bob' }, { startPage: 5, maxPages: 2 }).pages()) pages.push(page);
    expect(pages.map((p) => p.page)).toEqual([5, 6]);
    expect(pages[0]!.items).toEqual(pageOf(5));
    expect(pages[0]!.response.status).toBe(200);
    expect(sent).toHaveLength(2);
  });

  it('sends page and perPage as query parameters', async () => {
    const { client, sent } = testClient(auth, (req) => envelope(new URL(req.url).searchParams.get('page') === '0' ? pageOf(0) : []));
    const all = [];
    for await (const item of paginate(client, queryPaged, { perPage: 42 })) all.push(item);
    expect(all).toHaveLength(2);
    expect(sent[0]!.url.search).toBe('?page=0&perPage=42');
    expect(sent[1]!.url.search).toBe('?page=1&perPage=42');
  });

  it('refuses perPage above 100 before sending', async () => {
    const { client, sent } = testClient(auth, () => envelope([]));
    const it = paginate(client, queryPaged, { perPage: 101 })[Symbol.asyncIterator]();
    await expect(it.next()).rejects.toBeInstanceOf(ImgurUsageError);
    expect(sent).toHaveLength(0);
  });

  it('follows the next cursor and stops when it is null', async () => {
    const { client, sent } = testClient(auth, (req) => {
      const cursor = new URL(req.url).searchParams.get('next');
      return envelope(cursor === null ? { items: [{ url: 'a' }], next: 'c1' } : { items: [{ url: 'b' }], next: null });
    });
    const urls = [];
    for await (const item of paginate(client, blocks)) urls.push(item.url);
    expect(urls).toEqual(['a', 'b']);
    expect(sent.map((s) => s.url.search)).toEqual(['', '?next=c1']);
  });

  it('stops on a repeated cursor', async () => {
    const { client, sent } = testClient(auth, (req) => envelope({ items: [{ url: 'x' }], next: new URL(req.url).searchParams.get('next') === null ? 'c1' : 'c1' }));
    let n = 0;
    for await (const _item of paginate(client, blocks)) n++;
    expect(n).toBe(2);
    expect(sent).toHaveLength(2);
  });

  it('stops quietly when the signal aborts (between pages and in flight)', async () => {
    const controller = new AbortController();
    const { client, sent } = testClient(auth, (req) => envelope(pageOf(Number(req.url.split('/').pop()))));
    const seen = [];
    for await (const item of paginate(client, images, { username: 'bob' }, { signal: controller.signal })) {
      seen.push(item);
      controller.abort();
    }
    expect(seen).toHaveLength(2);
    expect(sent).toHaveLength(1);
    const hanging = new AbortController();
    const slow = testClient(auth, (req) => new Promise<Response>((_r, reject) => req.signal.addEventListener('abort', () => reject(new Error('aborted')))));
    setTimeout(() => hanging.abort(), 5);
    const got = [];
    for await (const item of paginate(slow.client, images, { username: 'bob' }, { signal: hanging.signal })) got.push(item);
    expect(got).toEqual([]);
  });

  it('throws API errors and pages that are not lists', async () => {
    const failing = testClient(auth, () => envelope({ error: 'nope' }, 404));
    await expect(paginate(failing.client, images, { username: 'x' }).pages()[Symbol.asyncIterator]().next()).rejects.toBeInstanceOf(ImgurApiError);
    const odd = testClient(auth, () => envelope({ not: 'a list' }));
    await expect(paginate(odd.client, images, { username: 'x' })[Symbol.asyncIterator]().next()).rejects.toThrow(/account.getImages: a page is not a list/);
  });

  it('refuses what is not a pageable operation, or options that are not an object, with an ImgurUsageError at once', () => {
    const { client } = testClient({ clientId: 'client-1234' }, () => envelope([]));
    const call =
      (...args: unknown[]) =>
      () =>
        (paginate as (...a: unknown[]) => unknown)(client, ...args);
    expect(call(undefined)).toThrow(new ImgurUsageError('paginate: the operation is not pageable (no meta.paging).'));
    expect(call({})).toThrow(new ImgurUsageError('paginate: the operation is not pageable (no meta.paging).'));
    expect(call({ meta: { id: 'image.getImage' } })).toThrow(new ImgurUsageError('image.getImage is not pageable (no meta.paging).'));
    expect(call(images, { username: 'me' }, null)).toThrow(new ImgurUsageError(`${images.meta.id}: the options of paginate must be an object.`));
    expect(call(images, { username: 'me' }, 'x')).toThrow(ImgurUsageError);
  });
});
