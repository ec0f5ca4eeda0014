import { describe, expect, test } from 'vitest';
import { BEARER, CLIENT, call, expectValid, form, png, start, upload } from '../helpers.js';
import { gif } from '../gif.js';

const GIF = gif(2);

describe('uploads: multipart file, base64 and URL', () => {
  const cases: [name: string, body: () => FormData | URLSearchParams, want: Record<string, unknown>][] = [
    ['multipart PNG', () => form({ image: png(4, 6), title: 'T', description: 'D' }), { type: 'image/png', width: 4, height: 6, title: 'T', description: 'D', size: 33 }],
    ['multipart GIF of 2 frames (animated links)', () => form({ image: new Blob([GIF]) }), { type: 'image/gif', width: 5, height: 7, animated: true, looping: true }],
    ['multipart GIF of 1 frame (a still image)', () => form({ image: new Blob([gif(1, 3, 4)]) }), { type: 'image/gif', width: 3, height: 4, animated: false }],
    ['base64 JPEG header', () => new URLSearchParams({ image: Buffer.from([0xff, 0xd8, 0xff, 0xe0]).toString('base64'), type: 'base64' }), { type: 'image/jpeg' }],
    [
      'data: URL base64',
      () => new URLSearchParams({ image: `data:image/gif;base64,${Buffer.from(GIF).toString('base64')}`, type: 'base64', name: 'x.gif' }),
      { type: 'image/gif', name: 'x.gif' },
    ],
    ['URL (nothing fetched, a 1x1 PNG stands in)', () => new URLSearchParams({ image: 'https://example.com/cat.jpg', type: 'url' }), { type: 'image/png', width: 1, height: 1 }],
    ['video field', () => form({ video: new Blob([Uint8Array.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d])]) }), { type: 'video/mp4' }],
  ];
  test.each(cases)('%s', async (_name, body, want) => {
    const s = await start();
    const r = await call(s, 'POST', '/3/upload', { auth: CLIENT, body: body() });
    expect(r.status, r.text).toBe(200);
    expectValid('image.imageUpload', r.json);
    expect(r.json.data).toMatchObject({ ...want, account_id: null, in_gallery: false });
    expect(r.json.data.deletehash).toMatch(/^[A-Za-z0-9]{15}$/);
    expect(r.json.data.link).toMatch(new RegExp(`^${s.url}/i/${r.json.data.id}\\.[a-z0-9]+$`));
  });
});

describe('uploads that are refused', () => {
  const cases: [name: string, body: () => FormData | URLSearchParams, status: number, error: RegExp][] = [
    ['no image', () => new URLSearchParams({ title: 'x' }), 400, /Missing required field `image`/],
    ['not an image', () => form({ image: new Blob(['hello world']) }), 400, /Image format not supported/],
    ['bad base64', () => new URLSearchParams({ image: '***', type: 'base64' }), 400, /not valid base64/],
    ['bad URL', () => new URLSearchParams({ image: 'not a url', type: 'url' }), 400, /not a valid URL/],
    ['non-http URL', () => new URLSearchParams({ image: 'file:///etc/passwd', type: 'url' }), 400, /only http and https/],
    ['bad type', () => new URLSearchParams({ image: 'x', type: 'ftp' }), 400, /Invalid field `type`/],
  ];
  test.each(cases)('%s', async (_name, body, status, error) => {
    const s = await start();
    const r = await call(s, 'POST', '/3/upload', { auth: CLIENT, body: body() });
    expect(r.status).toBe(status);
    expect(r.json.data.error).toMatch(error);
  });
});

test('bytes are served back at the link, with views and bandwidth counted', async () => {
  const s = await start();
  const img = await upload(s, CLIENT);
  const res = await fetch(img.link);
  expect(res.headers.get('content-type')).toBe('image/png');
  expect(new Uint8Array(await res.arrayBuffer())).toEqual(new Uint8Array(await png().arrayBuffer()));
  const after = await call(s, 'GET', `/3/image/${img.id}`, { auth: CLIENT });
  expect(after.json.data).toMatchObject({ views: 1, bandwidth: 33 });
  expect((await fetch(`${s.url}/i/nothing.png`)).status).toBe(404);
});

test('anonymous lifecycle: get, update and delete via deletehash; the id alone is not enough', async () => {
  const s = await start();
  const img = await upload(s, CLIENT);
  const got = await call(s, 'GET', `/3/image/${img.id}`, { auth: CLIENT });
  expectValid('image.image', got.json);
  expect(got.json.data.deletehash).toBeUndefined();
  expect((await call(s, 'POST', `/3/image/${img.id}`, { auth: CLIENT, body: form({ title: 'x' }) })).status).toBe(403);
  const upd = await call(s, 'POST', `/3/image/${img.deletehash}`, { auth: CLIENT, body: form({ title: 'New', description: 'Desc' }) });
  expect(upd.json).toEqual({ data: true, success: true, status: 200 });
  expect((await call(s, 'GET', `/3/image/${img.id}`, { auth: CLIENT })).json.data).toMatchObject({ title: 'New', description: 'Desc' });
  expect((await call(s, 'DELETE', `/3/image/${img.id}`, { auth: CLIENT })).status).toBe(403);
  expect((await call(s, 'DELETE', `/3/image/${img.deletehash}`, { auth: CLIENT })).json.data).toBe(true);
  expect((await call(s, 'GET', `/3/image/${img.id}`, { auth: CLIENT })).status).toBe(404);
});

test('account ownership: the owner updates and deletes by id; owner sees deletehash', async () => {
  const s = await start();
  const img = await upload(s, BEARER);
  expect(img.account_url).toBe('imgur-mock-user');
  const mine = await call(s, 'GET', `/3/image/${img.id}`, { auth: BEARER });
  expect(mine.json.data.deletehash).toBe(img.deletehash);
  expect((await call(s, 'POST', `/3/image/${img.id}`, { auth: BEARER, body: form({ title: 'Mine' }) })).json.data).toBe(true);
  expect((await call(s, 'DELETE', `/3/image/${img.id}`, { auth: BEARER })).json.data).toBe(true);
  expect(s.snapshot().images).toHaveLength(0);
});

test('favorites toggle', async () => {
  const s = await start();
  const img = await upload(s, CLIENT);
  const a = await call(s, 'POST', `/3/image/${img.id}/favorite`, { auth: BEARER });
  expectValid('image.favoriteAnImage', a.json);
  expect(a.json.data).toBe('favorited');
  expect((await call(s, 'GET', `/3/image/${img.id}`, { auth: BEARER })).json.data.favorite).toBe(true);
  expect((await call(s, 'POST', `/3/image/${img.id}/favorite`, { auth: BEARER })).json.data).toBe('unfavorited');
  expect((await call(s, 'GET', `/3/image/${img.id}`, { auth: BEARER })).json.data.favorite).toBe(false);
});

test('ids and deletehashes come from the seeded PRNG', async () => {
  const a = await upload(await start(), CLIENT);
  const b = await upload(await start(), CLIENT);
  const c = await upload(
    await start({ seed: { clients: [{ client_id: 'mock-client-id', client_secret: 's', redirect_uri: 'http://127.0.0.1/cb' }], users: [], random: 99 } }),
    CLIENT,
  );
  expect([b.id, b.deletehash]).toEqual([a.id, a.deletehash]);
  expect(c.id).not.toBe(a.id);
});
