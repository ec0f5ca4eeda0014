import { upload } from '@imgur-ts/core';
import * as image from '@imgur-ts/image';
import { expect, test } from 'vitest';
import { anonymous, mock, png } from './setup.js';

test('anonymous upload -> get -> update via deletehash -> delete', async () => {
  const s = await mock();
  const client = anonymous(s);
  const up = await upload(client, new Blob([png()], { type: 'image/png' }), { title: 'first', name: 'a.png' });
  expect(up).toMatchObject({ type: 'image/png', title: 'first', width: 2, height: 3, account_id: null });
  expect(up.deletehash).toMatch(/^[A-Za-z0-9]{15}$/);
  expect(new Uint8Array(await (await fetch(up.link)).arrayBuffer())).toEqual(png());

  const got = await image.getImage(client, { imageHash: up.id });
  expect(got).toMatchObject({ id: up.id, title: 'first', link: up.link });
  expect(got.deletehash).toBeUndefined();

  expect(await image.updateImage(client, { imageHash: up.deletehash ?? '', title: 'renamed', description: 'now with text' })).toBe(true);
  expect(await image.getImage(client, { imageHash: up.id })).toMatchObject({ title: 'renamed', description: 'now with text' });

  const denied = await image.deleteImage(client, { imageHash: up.id }).asResult();
  expect(denied.error).toMatchObject({ status: 403 });
  expect(await image.deleteImage(client, { imageHash: up.deletehash ?? '' })).toBe(true);
  const gone = await image.getImage(client, { imageHash: up.id }).asResult();
  expect(gone.error).toMatchObject({ status: 404, imgurMessage: `Unable to find an image with the id, ${up.id}` });
});

test('uploads by URL and base64 go through the SDK unchanged', async () => {
  const s = await mock();
  const client = anonymous(s);
  const byUrl = await upload(client, 'https://example.com/cat.png');
  expect(byUrl.type).toBe('image/png');
  const by64 = await upload(client, `data:image/png;base64,${Buffer.from(png()).toString('base64')}`);
  expect(by64).toMatchObject({ width: 2, height: 3 });
  expect(s.snapshot().images.map((i) => i.source)).toEqual(['https://example.com/cat.png', null]);
});
