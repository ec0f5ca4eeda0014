import { createImgurClient, type OperationMeta, type UploadSource } from '@imgur-ts/core';
import type { Image } from '@imgur-ts/models';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as image from '../src/index.js';
import { favoriteImage, getImage, uploadImage, type UploadImageInput } from '../src/index.js';
import { recorder, specOperations } from '../../../test-support/resource-package.js';

const operations = Object.values(image).filter((v): v is typeof getImage => typeof v === 'function' && 'meta' in v);

describe('@imgur-ts/image', () => {
  it('exports one operation per Image operation of the spec, with its method and path', () => {
    const want = specOperations('Image');
    console.log(`image: ${operations.length} operations (spec: ${want.length})`);
    expect(operations.map((o) => [o.meta.id, o.meta.method, o.meta.path]).sort()).toEqual(want.sort());
  });

  it.each<[string, Partial<OperationMeta>]>([
    [
      'uploadImage',
      {
        credits: 10,
        security: ['clientId', 'bearer'],
        body: { encoding: 'multipart', fields: ['image', 'video', 'album', 'type', 'name', 'title', 'description', 'disable_audio'], binary: ['image', 'video'] },
      },
    ],
    ['deleteImage', { security: ['clientId', 'bearer'], pathParams: ['imageHash'] }],
    ['updateImage', { security: ['clientId', 'bearer'], body: { encoding: 'multipart', fields: ['title', 'description'] } }],
  ])('%s has meta %j', (name, want) => {
    expect(operations.find((o) => o.meta.id === `image.${name}`)?.meta).toMatchObject(want);
  });

  it('types inputs and outputs', () => {
    expectTypeOf(getImage).returns.resolves.toEqualTypeOf<Image>();
    expectTypeOf(uploadImage).returns.resolves.toEqualTypeOf<Image>();
    expectTypeOf(favoriteImage).returns.resolves.toEqualTypeOf<'favorited' | 'unfavorited'>();
    expectTypeOf<UploadImageInput['image']>().toEqualTypeOf<UploadSource | undefined>();
    expectTypeOf<UploadImageInput['type']>().toEqualTypeOf<'file' | 'base64' | 'url' | undefined>();
    // @ts-expect-error: `type` is one of file, base64, url
    const bad: UploadImageInput = { type: 'ftp' };
    expect(bad.type).toBe('ftp');
  });

  it('uploads an image as multipart with a file part', async () => {
    const r = recorder({ data: { id: 'new', deletehash: 'dh' }, success: true, status: 200 });
    const client = createImgurClient({ clientId: 'cid', fetch: r.fetch, retries: 0 });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const got = await uploadImage(client, { image: new Blob([png], { type: 'image/png' }), title: 'hi' });
    expect(got).toEqual({ id: 'new', deletehash: 'dh' });
    expect(r.seen.map((s) => [s.method, s.url])).toEqual([['POST', 'https://api.imgur.com/3/upload']]);
    expect(r.seen[0]?.body).toMatch(/name="image"; filename="[^"]*"/);
    expect(r.seen[0]?.body).toMatch(/name="title"\r\n\r\nhi\r\n/);
  });
});
