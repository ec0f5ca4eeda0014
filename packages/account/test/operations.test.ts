import { createImgurClient, type OperationMeta } from '@imgur-ts/core';
import type { Account, BlockStatus, Image, OAuthToken } from '@imgur-ts/models';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as account from '../src/index.js';
import { generateAccessToken, getAccount, getBlockStatus, getImages, type GetBlocksItem, type GetImagesInput } from '../src/index.js';
import { recorder, specOperations } from '../../../test-support/resource-package.js';

const operations = Object.values(account).filter((v): v is typeof getAccount => typeof v === 'function' && 'meta' in v);
const meta = (name: string) => operations.find((o) => o.meta.id === `account.${name}`)?.meta;

describe('@imgur-ts/account', () => {
  it('exports one operation per Account operation of the spec, with its method and path', () => {
    const want = specOperations('Account');
    console.log(`account: ${operations.length} operations (spec: ${want.length})`);
    expect(operations.map((o) => [o.meta.id, o.meta.method, o.meta.path]).sort()).toEqual(want.sort());
  });

  it.each<[string, Partial<OperationMeta>]>([
    ['generateAccessToken', { security: [], envelope: false, credits: 0, body: { encoding: 'multipart', fields: ['refresh_token', 'client_id', 'client_secret', 'grant_type'] } }],
    ['getBlocks', { paging: { style: 'cursor', param: 'next', next: 'next', items: 'items' }, accept: 'application/vnd.api+json' }],
    ['getBlockStatus', { path: '/account/v1/{username}/block', envelope: true, accept: 'application/vnd.api+json', security: ['bearer'] }],
    ['getImages', { paging: { style: 'path', param: 'page' }, defaults: { page: 0 } }],
    ['getAccountImages', { paging: { style: 'query', param: 'page', perPage: 'perPage', maxPerPage: 100 }, queryParams: ['page', 'perPage'] }],
    ['getComments', { defaults: { commentSort: 'newest', page: 0 } }],
    ['getAlbums', { security: ['clientId', 'bearer'] }],
    ['getGalleryProfile', { method: 'GET', path: '/3/account/{username}/gallery_profile' }],
    ['getSettings', { method: 'GET', path: '/3/account/me/settings' }],
    ['getReplies', { security: ['bearer'], queryParams: ['new'] }],
    ['deleteAccount', { body: { encoding: 'json', fields: ['password', 'reasons', 'feedback'] }, queryParams: ['client_id'] }],
  ])('%s has meta %j', (name, want) => {
    expect(meta(name)).toMatchObject(want);
  });

  it('types inputs and outputs', () => {
    expectTypeOf(getAccount).returns.resolves.toEqualTypeOf<Account>();
    expectTypeOf(generateAccessToken).returns.resolves.toEqualTypeOf<OAuthToken>();
    expectTypeOf(getBlockStatus).returns.resolves.toEqualTypeOf<BlockStatus>();
    expectTypeOf(getImages).returns.resolves.toEqualTypeOf<Image[]>();
    expectTypeOf<GetBlocksItem>().toEqualTypeOf<{ url: string }>();
    expectTypeOf<GetImagesInput>().toEqualTypeOf<{ username: string; page?: number }>();
    // @ts-expect-error: username is required
    const bad: GetImagesInput = { page: 1 };
    expect(bad.page).toBe(1);
  });

  it('sends getAccount and getBlockStatus as the spec says', async () => {
    const r = recorder({ data: { blocked: false } });
    const client = createImgurClient({ clientId: 'cid', accessToken: 'tok', fetch: r.fetch, retries: 0 });
    expect(await getBlockStatus(client, { username: 'bob' })).toEqual({ blocked: false });
    await getAccount(client, { username: 'me' });
    expect(r.seen.map((s) => [s.method, s.url, s.accept])).toEqual([
      ['GET', 'https://api.imgur.com/account/v1/bob/block', 'application/vnd.api+json'],
      ['GET', 'https://api.imgur.com/3/account/me', expect.not.stringContaining('vnd.api')],
    ]);
  });
});
