import type { Readable } from 'node:stream';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  createImgurClient,
  defineOperation,
  definePageableOperation,
  paginate,
  rawClient,
  upload,
  type ImgurError,
  type ImgurResult,
  type Operation,
  type PageableOperation,
  type Page,
  type RateLimitInfo,
  type UploadSource,
} from '../src/index.js';

interface Album {
  id: string;
}
interface Image {
  id: string;
  link: string;
}
interface GetAlbumInput {
  albumHash: string;
}
interface GetAccountImagesInput {
  username: string;
  page?: number;
}
interface BlockList {
  items: { url: string }[];
  next: string | null;
}

// Exactly the shape the generator emits.
export const getAlbum: Operation<GetAlbumInput, Album> = /* @__PURE__ */ defineOperation<GetAlbumInput, Album>({
  id: 'album.getAlbum',
  method: 'GET',
  path: '/3/album/{albumHash}',
  security: ['clientId'],
  pathParams: ['albumHash'],
  envelope: true,
});
export const getAccountImages: PageableOperation<GetAccountImagesInput, Image[], Image> = /* @__PURE__ */ definePageableOperation<GetAccountImagesInput, Image[], Image>({
  id: 'account.getImages',
  method: 'GET',
  path: '/3/account/{username}/images/{page}',
  security: ['bearer'],
  pathParams: ['username', 'page'],
  defaults: { page: 0 },
  envelope: true,
  paging: { style: 'path', param: 'page' },
});
const getCredits: Operation<{ verbose?: boolean }, number> = defineOperation<{ verbose?: boolean }, number>({
  id: 'x.credits',
  method: 'GET',
  path: '/3/credits',
  security: ['clientId'],
  envelope: true,
});
const getBlocks = definePageableOperation<Record<string, never>, BlockList, { url: string }>({
  id: 'account.getBlocks',
  method: 'GET',
  path: '/3/account/me/block',
  security: ['bearer'],
  envelope: true,
  paging: { style: 'cursor', param: 'next', next: 'next', items: 'items' },
});

const client = createImgurClient({ clientId: 'c', fetch: async () => new Response('{"data":[],"success":true,"status":200}') });

describe('public types', () => {
  it('operations take one input object and resolve to the data', async () => {
    expectTypeOf(getAlbum(client, { albumHash: 'x' })).resolves.toEqualTypeOf<Album>();
    // @ts-expect-error the input is required when it has required fields
    void getAlbum(client);
    // @ts-expect-error unknown input keys are rejected
    void getAlbum(client, { albumHash: 'x', nope: 1 });
    // @ts-expect-error wrong field type
    void getAlbum(client, { albumHash: 1 });
    expectTypeOf(getCredits(client)).resolves.toEqualTypeOf<number>();
    expectTypeOf(getCredits(client, undefined, { signal: AbortSignal.timeout(1) })).resolves.toEqualTypeOf<number>();
    // @ts-expect-error call options are checked
    void getCredits(client, {}, { timeout: 1 });
  });

  it('withResponse and asResult', async () => {
    const r = await getAlbum(client, { albumHash: 'x' }).withResponse();
    expectTypeOf(r.data).toEqualTypeOf<Album>();
    expectTypeOf(r.response).toEqualTypeOf<Response>();
    expectTypeOf(r.rateLimit).toEqualTypeOf<RateLimitInfo>();
    const result = await getAlbum(client, { albumHash: 'x' }).asResult();
    expectTypeOf(result).toEqualTypeOf<ImgurResult<Album>>();
    if (result.error) {
      expectTypeOf(result.data).toEqualTypeOf<undefined>();
      expectTypeOf(result.error).toEqualTypeOf<ImgurError>();
    } else {
      expectTypeOf(result.data).toEqualTypeOf<Album>();
      expectTypeOf(result.response).toEqualTypeOf<Response>();
    }
  });

  it('paginate infers the item type and accepts only pageable operations', () => {
    expectTypeOf(paginate(client, getAccountImages, { username: 'me' })).toMatchTypeOf<AsyncIterable<Image>>();
    expectTypeOf(paginate(client, getBlocks)).toMatchTypeOf<AsyncIterable<{ url: string }>>();
    expectTypeOf(paginate(client, getAccountImages, { username: 'me' }).pages()).toMatchTypeOf<AsyncIterable<Page<Image[], Image>>>();
    expect(() =>
      // @ts-expect-error a plain Operation has no paging
      paginate(client, getAlbum, { albumHash: 'x' }),
    ).toThrow(/album\.getAlbum is not pageable/);
    // @ts-expect-error the input is required when it has required fields
    void paginate(client, getAccountImages);
    // @ts-expect-error paginate options are checked
    void paginate(client, getBlocks, {}, { maxPage: 2 });
  });

  it('upload accepts every UploadSource and nothing else', () => {
    expectTypeOf<Buffer>().toMatchTypeOf<UploadSource>();
    expectTypeOf<Readable>().toMatchTypeOf<UploadSource>();
    expectTypeOf<ReadableStream<Uint8Array>>().toMatchTypeOf<UploadSource>();
    expectTypeOf<File>().toMatchTypeOf<UploadSource>();
    expectTypeOf(upload(client, 'https://example.com/a.png', { title: 't' }))
      .resolves.toHaveProperty('link')
      .toEqualTypeOf<string>();
    // @ts-expect-error numbers are not upload sources
    void upload(client, 42);
  });

  it('rawClient(client) is the typed openapi-fetch client, one per client', () => {
    expect(rawClient(client)).toBe(rawClient(client));
    void rawClient(client).GET('/3/album/{albumHash}', { params: { path: { albumHash: 'x' } } });
    // @ts-expect-error unknown route
    void rawClient(client).GET('/3/no-such-route');
    // At run time an ImgurUsageError, caught here.
    const missing = rawClient(client).GET('/3/album/{albumHash}', {
      // @ts-expect-error missing path parameter
      params: { path: {} },
    });
    void missing.catch(() => {});
  });
});
