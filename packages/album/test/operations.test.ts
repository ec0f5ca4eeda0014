import { createImgurClient, type OperationMeta } from '@imgur-ts/core';
import type { Album, AlbumCreated, DeleteAnswer } from '@imgur-ts/models';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as album from '../src/index.js';
import { createAlbum, deleteAlbum, getAlbum, type CreateAlbumInput, type GetAlbumInput } from '../src/index.js';
import { recorder, specOperations } from '../../../test-support/resource-package.js';

const operations = Object.values(album).filter((v): v is typeof getAlbum => typeof v === 'function' && 'meta' in v);

describe('@imgur-ts/album', () => {
  it('exports one operation per Album operation of the spec, with its method and path', () => {
    const want = specOperations('Album');
    console.log(`album: ${operations.length} operations (spec: ${want.length})`);
    expect(operations.map((o) => [o.meta.id, o.meta.method, o.meta.path]).sort()).toEqual(want.sort());
  });

  it.each<[string, Partial<OperationMeta>]>([
    ['deleteAlbum', { security: ['clientId', 'bearer'], pathParams: ['albumHash'], envelope: true }],
    ['createAlbum', { body: { encoding: 'multipart', fields: [['ids', 'ids[]'], ['deletehashes', 'deletehashes[]'], 'title', 'description', 'privacy', 'layout', 'cover'] } }],
    ['getAlbumImages', { method: 'GET', path: '/3/album/{albumHash}/images', security: ['clientId'] }],
  ])('%s has meta %j', (name, want) => {
    const op = operations.find((o) => o.meta.id === `album.${name}`);
    expect(op?.meta).toMatchObject(want);
  });

  it('types inputs and outputs', () => {
    expectTypeOf<GetAlbumInput>().toEqualTypeOf<{ albumHash: string }>();
    expectTypeOf<CreateAlbumInput['ids']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf(getAlbum).returns.resolves.toEqualTypeOf<Album>();
    expectTypeOf(createAlbum).returns.resolves.toEqualTypeOf<AlbumCreated>();
    expectTypeOf(deleteAlbum).returns.resolves.toEqualTypeOf<DeleteAnswer>();
    expectTypeOf<boolean>().toExtend<DeleteAnswer>();
    // @ts-expect-error: albumHash is required
    const bad: GetAlbumInput = {};
    expect(bad).toEqual({});
  });

  it('sends getAlbum with Client-ID and returns the unwrapped data', async () => {
    const r = recorder({ data: { id: 'abc', title: null }, success: true, status: 200 });
    const client = createImgurClient({ clientId: 'cid', fetch: r.fetch, retries: 0 });
    const got = await getAlbum(client, { albumHash: 'abc' });
    expect(got).toEqual({ id: 'abc', title: null });
    expect(r.seen.map((s) => [s.method, s.url, s.auth])).toEqual([['GET', 'https://api.imgur.com/3/album/abc', 'Client-ID cid']]);
  });
});
