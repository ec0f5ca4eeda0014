import { createImgurClient, type OperationMeta } from '@imgur-ts/core';
import type { GalleryItem, Tag } from '@imgur-ts/models';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as gallery from '../src/index.js';
import { getFeed, getGallery, getGalleryTag, getRandomGalleryImages, getSubredditGallery, type GetGalleryInput } from '../src/index.js';
import { recorder, specOperations } from '../../../test-support/resource-package.js';

const operations = Object.values(gallery).filter((v): v is typeof getGalleryTag => typeof v === 'function' && 'meta' in v);

describe('@imgur-ts/gallery', () => {
  it('exports one operation per Gallery operation of the spec (including the feed), with its method and path', () => {
    const want = specOperations('Gallery');
    console.log(`gallery: ${operations.length} operations (spec: ${want.length})`);
    expect(operations.map((o) => [o.meta.id, o.meta.method, o.meta.path]).sort()).toEqual(want.sort());
  });

  it.each<[string, Partial<OperationMeta>]>([
    [
      'getGallery',
      { paging: { style: 'path', param: 'page' }, defaults: { section: 'hot', sort: 'viral', window: 'day', page: 0 }, queryParams: ['showViral', 'mature', 'album_previews'] },
    ],
    ['getFeed', { security: ['bearer'], paging: { style: 'query', param: 'page' } }],
    ['getRandomGalleryImages', { deprecated: true, path: '/3/gallery/random/random/{page}' }],
    ['searchGallery', { defaults: { sort: 'time', window: 'all', page: 0 } }],
    ['shareImage', { body: { encoding: 'multipart', fields: ['title', 'topic', 'terms', 'mature', 'tags'] } }],
  ])('%s has meta %j', (name, want) => {
    expect(operations.find((o) => o.meta.id === `gallery.${name}`)?.meta).toMatchObject(want);
  });

  it('types inputs and outputs', () => {
    expectTypeOf(getGallery).returns.resolves.toEqualTypeOf<GalleryItem[]>();
    expectTypeOf(getRandomGalleryImages).returns.resolves.toEqualTypeOf<GalleryItem[]>();
    expectTypeOf(getSubredditGallery).returns.resolves.toEqualTypeOf<GalleryItem[]>();
    expectTypeOf(getGalleryTag).returns.resolves.toEqualTypeOf<Tag>();
    expectTypeOf<GetGalleryInput['section']>().toEqualTypeOf<'hot' | 'top' | 'user' | undefined>();
    expectTypeOf<GetGalleryInput['window']>().toEqualTypeOf<'day' | 'week' | 'month' | 'year' | 'all' | undefined>();
    // @ts-expect-error: `section` is hot, top or user
    const bad: GetGalleryInput = { section: 'cold' };
    expect(bad.section).toBe('cold');
  });

  it('fills optional path segments with their defaults', async () => {
    const r = recorder({ data: [], success: true, status: 200 });
    const client = createImgurClient({ clientId: 'cid', accessToken: 'tok', fetch: r.fetch, retries: 0 });
    expect(await getGallery(client, { section: 'top', page: 2 })).toEqual([]);
    await getFeed(client);
    expect(r.seen.map((s) => s.url)).toEqual(['https://api.imgur.com/3/gallery/top/viral/day/2', 'https://api.imgur.com/3/feed']);
  });
});
