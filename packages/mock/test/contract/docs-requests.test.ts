import { request } from 'node:http';
import { afterAll, afterEach, beforeEach, expect, test } from 'vitest';
import { startMockServer } from '../../src/server.js';
import type { MockServer } from '../../src/types.js';
import { Tally } from './imgur-harness.js';
import { GIF_BASE64, MP4, PNG } from './media.js';

// The raw requests of Imgur's API documentation (its Postman collection's curl snippets), sent the way curl
// encodes them: multipart (`--form`), urlencoded (`--data-urlencode`) and JSON, plus the exact bytes Python's
// `requests` sends for `files={'image': (None, data)}`. Every one must get the answer Imgur documents.
const SUITE = 'imgur-docs-requests';
const tally = new Tally();
afterAll(() => tally.write(SUITE));

let s: MockServer;
beforeEach(async () => {
  s = await startMockServer();
});
afterEach(() => s.close());

const CLIENT = 'Client-ID mock-client-id';
const BEARER = 'Bearer mock-access-token';

type Body = { kind: 'form'; fields: [string, string | Blob, string?][] } | { kind: 'urlencoded'; fields: [string, string][] } | { kind: 'json'; value: unknown };

async function send(method: string, path: string, auth: string | undefined, body?: Body): Promise<{ status: number; json: { data: unknown; success: boolean } }> {
  const headers: Record<string, string> = auth ? { authorization: auth } : {};
  let payload: BodyInit | undefined;
  if (body?.kind === 'form') {
    const fd = new FormData();
    for (const [k, v, filename] of body.fields) {
      if (typeof v === 'string') fd.append(k, v);
      else fd.append(k, v, filename);
    }
    payload = fd;
  } else if (body?.kind === 'urlencoded') {
    payload = new URLSearchParams(body.fields);
  } else if (body?.kind === 'json') {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body.value);
  }
  const r = await fetch(s.url + path, { method, headers, ...(payload === undefined ? {} : { body: payload }) });
  return { status: r.status, json: (await r.json()) as { data: unknown; success: boolean } };
}

const file = (bytes: Buffer, type: string): Blob => new Blob([new Uint8Array(bytes)], { type });

async function uploadAs(auth: string): Promise<{ id: string; deletehash: string }> {
  const r = await send('POST', '/3/image', auth, { kind: 'form', fields: [['image', file(PNG, 'image/png'), 'pixel.png']] });
  return r.json.data as { id: string; deletehash: string };
}

type Case = [name: string, run: () => Promise<{ status: number; json: { data: unknown; success: boolean } }>, check: (data: unknown) => void];

const uploads: Case[] = [
  [
    'POST /3/image --form image=@file.png',
    () =>
      send('POST', '/3/image', CLIENT, {
        kind: 'form',
        fields: [
          ['image', file(PNG, 'image/png'), 'file.png'],
          ['type', 'file'],
          ['title', 'Simple upload'],
          ['description', 'This is a simple image upload in Imgur'],
        ],
      }),
    (d) => expect(d).toMatchObject({ type: 'image/png', title: 'Simple upload' }),
  ],
  [
    'POST /3/upload --form image=<base64> type=base64',
    () =>
      send('POST', '/3/upload', CLIENT, {
        kind: 'form',
        fields: [
          ['image', GIF_BASE64],
          ['type', 'base64'],
        ],
      }),
    (d) => expect(d).toMatchObject({ type: 'image/gif' }),
  ],
  [
    'POST /3/image --form image=<url> type=url',
    () =>
      send('POST', '/3/image', CLIENT, {
        kind: 'form',
        fields: [
          ['image', 'https://example.com/cat.jpg'],
          ['type', 'url'],
        ],
      }),
    (d) => expect(d).toMatchObject({ type: 'image/png' }),
  ],
  [
    'POST /3/upload --form video=@clip.mp4',
    () =>
      send('POST', '/3/upload', CLIENT, {
        kind: 'form',
        fields: [
          ['video', file(MP4, 'video/mp4'), 'clip.mp4'],
          ['type', 'file'],
          ['disable_audio', '0'],
        ],
      }),
    (d) => expect(d).toMatchObject({ type: 'video/mp4' }),
  ],
  [
    'POST /3/upload --data-urlencode image=<base64> type=base64',
    () =>
      send('POST', '/3/upload', CLIENT, {
        kind: 'urlencoded',
        fields: [
          ['image', PNG.toString('base64')],
          ['type', 'base64'],
        ],
      }),
    (d) => expect(d).toMatchObject({ type: 'image/png' }),
  ],
  [
    'POST /3/upload --data-urlencode image=<url> type=url',
    () =>
      send('POST', '/3/upload', CLIENT, {
        kind: 'urlencoded',
        fields: [
          ['image', 'https://example.com/a.png'],
          ['type', 'url'],
        ],
      }),
    (d) => expect(d).toMatchObject({ id: expect.any(String) }),
  ],
  [
    'POST /3/upload JSON {image: base64, type: base64}',
    () => send('POST', '/3/upload', CLIENT, { kind: 'json', value: { image: GIF_BASE64, type: 'base64', title: 'JSON' } }),
    (d) => expect(d).toMatchObject({ type: 'image/gif', title: 'JSON' }),
  ],
  [
    'POST /3/image JSON {image: url, type: url}',
    () => send('POST', '/3/image', CLIENT, { kind: 'json', value: { image: 'https://example.com/b.png', type: 'url' } }),
    (d) => expect(d).toMatchObject({ id: expect.any(String) }),
  ],
  [
    'POST /3/image --form image=@file (type=stream)',
    () =>
      send('POST', '/3/image', CLIENT, {
        kind: 'form',
        fields: [
          ['image', file(PNG, 'application/octet-stream'), 'blob'],
          ['type', 'stream'],
        ],
      }),
    (d) => expect(d).toMatchObject({ type: 'image/png' }),
  ],
];
test.each(uploads)('%s', async (name, run, check) => {
  const r = await run();
  expect(r.status, JSON.stringify(r.json)).toBe(200);
  check(r.json.data);
  tally.pass(SUITE, name);
});

test('album requests: create with ids[] / deletehashes[], add, remove, update, set, favorite, delete', async () => {
  const [a, b, c] = [await uploadAs(BEARER), await uploadAs(BEARER), await uploadAs(CLIENT)];
  const steps: [string, () => ReturnType<typeof send>, (d: unknown) => void][] = [];
  let album = { id: '', deletehash: '' };
  const anon = { id: '', deletehash: '' };
  steps.push([
    'POST /3/album --form ids[]=a --form ids[]=b title description cover',
    () =>
      send('POST', '/3/album', BEARER, {
        kind: 'form',
        fields: [
          ['ids[]', a.id],
          ['ids[]', b.id],
          ['title', 'My dank meme album'],
          ['description', 'This albums contains a lot of dank memes. Be prepared.'],
          ['cover', b.id],
        ],
      }),
    (d) => {
      album = d as typeof album;
      expect(album.id).toMatch(/^[A-Za-z0-9]{7}$/);
    },
  ]);
  steps.push([
    'POST /3/album --form deletehashes[]=c (anonymous)',
    () =>
      send('POST', '/3/album', CLIENT, {
        kind: 'form',
        fields: [
          ['deletehashes[]', c.deletehash],
          ['title', 'Anonymous'],
        ],
      }),
    (d) => Object.assign(anon, d),
  ]);
  steps.push([
    'GET /3/album/{albumHash}',
    () => send('GET', `/3/album/${album.id}`, CLIENT),
    (d) => expect(d).toMatchObject({ images_count: 2, cover: b.id, title: 'My dank meme album' }),
  ]);
  steps.push([
    'POST /3/album/{albumHash}/remove_images --form ids[]=a',
    () => send('POST', `/3/album/${album.id}/remove_images`, BEARER, { kind: 'form', fields: [['ids[]', a.id]] }),
    (d) => expect(d).toBe(true),
  ]);
  steps.push([
    'POST /3/album/{albumHash}/add --data-urlencode ids[]=a',
    () => send('POST', `/3/album/${album.id}/add`, BEARER, { kind: 'urlencoded', fields: [['ids[]', a.id]] }),
    (d) => expect(d).toBe(true),
  ]);
  steps.push([
    'POST /3/album/{albumDeleteHash}/add --form deletehashes[]=a',
    () => send('POST', `/3/album/${anon.deletehash}/add`, CLIENT, { kind: 'form', fields: [['deletehashes[]', a.deletehash]] }),
    (d) => expect(d).toBe(true),
  ]);
  steps.push([
    'PUT /3/album/{albumHash} --form title description privacy',
    () =>
      send('PUT', `/3/album/${album.id}`, BEARER, {
        kind: 'form',
        fields: [
          ['title', 'Renamed'],
          ['description', 'Still memes'],
          ['privacy', 'hidden'],
        ],
      }),
    (d) => expect(d).toEqual({ id: album.id, deletehash: expect.any(String) }),
  ]);
  steps.push([
    'POST /3/album/{albumHash} --form ids[]=b (set images)',
    () => send('POST', `/3/album/${album.id}`, BEARER, { kind: 'form', fields: [['ids[]', b.id]] }),
    (d) => expect(d).toBe(true),
  ]);
  steps.push([
    'GET /3/album/{albumHash}/images',
    () => send('GET', `/3/album/${album.id}/images`, BEARER),
    (d) => expect((d as { id: string }[]).map((i) => i.id)).toEqual([b.id]),
  ]);
  steps.push(['POST /3/album/{albumHash}/favorite', () => send('POST', `/3/album/${album.id}/favorite`, BEARER), (d) => expect(d).toBe('favorited')]);
  steps.push([
    'GET /3/account/{username}/albums/ids/ (trailing slash, no page)',
    () => send('GET', '/3/account/imgur-mock-user/albums/ids/', BEARER),
    (d) => expect(d).toEqual([album.id]),
  ]);
  steps.push([
    'GET /3/account/{username}/albums/ (trailing slash, no page)',
    () => send('GET', '/3/account/imgur-mock-user/albums/', BEARER),
    (d) => expect((d as { id: string }[]).map((x) => x.id)).toEqual([album.id]),
  ]);
  steps.push(['DELETE /3/album/{albumDeleteHash}', () => send('DELETE', `/3/album/${anon.deletehash}`, CLIENT), (d) => expect(d).toBe(true)]);
  for (const [name, run, check] of steps) {
    const r = await run();
    expect(r.status, `${name}: ${JSON.stringify(r.json)}`).toBe(200);
    check(r.json.data);
    tally.pass(SUITE, name);
  }
});

test('image, comment, gallery and account requests', async () => {
  const img = await uploadAs(BEARER);
  const steps: [string, () => ReturnType<typeof send>, (d: unknown) => void][] = [
    [
      'POST /3/image/{imageHash} --form title description',
      () =>
        send('POST', `/3/image/${img.deletehash}`, CLIENT, {
          kind: 'form',
          fields: [
            ['title', 'Heart'],
            ['description', 'This is an image of a heart outline.'],
          ],
        }),
      (d) => expect(d).toBe(true),
    ],
    ['POST /3/image/{imageHash}/favorite', () => send('POST', `/3/image/${img.id}/favorite`, BEARER), (d) => expect(d).toBe('favorited')],
    [
      'POST /3/gallery/image/{imageHash} --form title topic terms tags',
      () =>
        send('POST', `/3/gallery/image/${img.id}`, BEARER, {
          kind: 'form',
          fields: [
            ['title', 'Heart'],
            ['topic', 'No Topic'],
            ['terms', '1'],
            ['tags', 'funny,cats'],
          ],
        }),
      (d) => expect(d).toBe(true),
    ],
    [
      'POST /3/comment --form image_id comment',
      () =>
        send('POST', '/3/comment', BEARER, {
          kind: 'form',
          fields: [
            ['image_id', img.id],
            ['comment', "I'm a giraffe!"],
          ],
        }),
      (d) => expect(d).toMatchObject({ id: expect.any(Number) }),
    ],
    ['POST /3/gallery/{galleryHash}/vote/up', () => send('POST', `/3/gallery/${img.id}/vote/up`, BEARER), (d) => expect(d).toBe(true)],
    ['GET /3/gallery/{galleryHash}/comments/best', () => send('GET', `/3/gallery/${img.id}/comments/best`, CLIENT), (d) => expect(d).toHaveLength(1)],
    [
      'GET /3/gallery/search/time/all/0?q=heart',
      () => send('GET', '/3/gallery/search/time/all/0?q=heart', CLIENT),
      (d) => expect((d as { id: string }[]).map((x) => x.id)).toEqual([img.id]),
    ],
    ['GET /3/gallery/r/cats/time/all/0', () => send('GET', '/3/gallery/r/cats/time/all/0', CLIENT), (d) => expect(d).toHaveLength(1)],
    ['GET /3/gallery/t/funny/viral/week/0', () => send('GET', '/3/gallery/t/funny/viral/week/0', CLIENT), (d) => expect(d).toMatchObject({ name: 'funny', total_items: 1 })],
    ['GET /3/gallery/tag_info/funny', () => send('GET', '/3/gallery/tag_info/funny', CLIENT), (d) => expect(d).toMatchObject({ name: 'funny', total_items: 1 })],
    ['GET /3/tags', () => send('GET', '/3/tags', CLIENT), (d) => expect((d as { tags: { name: string }[] }).tags.map((t) => t.name).sort()).toEqual(['cats', 'funny'])],
    [
      'GET /3/account/{username}/gallery_profile',
      () => send('GET', '/3/account/imgur-mock-user/gallery_profile', BEARER),
      (d) => expect(d).toMatchObject({ total_gallery_comments: 1, total_gallery_favorites: 1, total_gallery_submissions: 1 }),
    ],
    ['GET /3/account/{username}', () => send('GET', '/3/account/imgur-mock-user', CLIENT), (d) => expect(d).toMatchObject({ url: 'imgur-mock-user' })],
    ['GET /3/account/me/images', () => send('GET', '/3/account/me/images', BEARER), (d) => expect(d).toHaveLength(1)],
    ['GET /3/credits', () => send('GET', '/3/credits', CLIENT), (d) => expect(d).toMatchObject({ ClientLimit: 12500 })],
    ['DELETE /3/image/{imageDeleteHash}', () => send('DELETE', `/3/image/${img.deletehash}`, CLIENT), (d) => expect(d).toBe(true)],
  ];
  for (const [name, run, check] of steps) {
    const r = await run();
    expect(r.status, `${name}: ${JSON.stringify(r.json)}`).toBe(200);
    check(r.json.data);
    tally.pass(SUITE, name);
  }
});

test.each<[string, Body]>([
  [
    'multipart',
    {
      kind: 'form',
      fields: [
        ['refresh_token', 'mock-refresh-token'],
        ['client_id', 'mock-client-id'],
        ['client_secret', 'mock-client-secret'],
        ['grant_type', 'refresh_token'],
      ],
    },
  ],
  [
    'urlencoded',
    {
      kind: 'urlencoded',
      fields: [
        ['refresh_token', 'mock-refresh-token'],
        ['client_id', 'mock-client-id'],
        ['client_secret', 'mock-client-secret'],
        ['grant_type', 'refresh_token'],
      ],
    },
  ],
  ['JSON', { kind: 'json', value: { refresh_token: 'mock-refresh-token', client_id: 'mock-client-id', client_secret: 'mock-client-secret', grant_type: 'refresh_token' } }],
])('POST /oauth2/token (%s, grant_type=refresh_token)', async (encoding, body) => {
  const r = await send('POST', '/oauth2/token', undefined, body);
  expect(r.status).toBe(200);
  const token = r.json as unknown as Record<string, unknown>;
  expect(token).toMatchObject({ token_type: 'bearer', account_username: 'imgur-mock-user', account_id: 1, expires_in: 2_419_200 });
  expect(token.access_token).toMatch(/^[0-9a-f]{40}$/);
  const me = await send('GET', '/3/account/me/settings', `Bearer ${String(token.access_token)}`);
  expect(me.status).toBe(200);
  tally.pass(SUITE, `POST /oauth2/token (${encoding})`);
});

/** Sends exact bytes with node:http (what Python's `requests` puts on the wire). */
function rawPost(path: string, headers: Record<string, string>, body: Buffer): Promise<{ status: number; json: { data: Record<string, unknown> } }> {
  return new Promise((resolve, reject) => {
    const req = request(s.url + path, { method: 'POST', headers: { ...headers, 'content-length': String(body.length) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

test("Python requests: files={'image': (None, png_bytes)}, data={'title': ...} (a binary part with no file name and no type)", async () => {
  // requests 2.x / urllib3 encode_multipart_formdata: a 32-hex boundary, fields first, the filename-less file part
  // with only Content-Disposition (no filename, no Content-Type), then the raw bytes.
  const boundary = '5a6f8c2e9d1b4e7f8a0c3d6e9f2b5c8e';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nFrom Python\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="image"\r\n\r\n`),
    PNG,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const r = await rawPost('/3/image', { authorization: CLIENT, 'content-type': `multipart/form-data; boundary=${boundary}`, 'user-agent': 'python-requests/2.32.3' }, body);
  expect(r.status, JSON.stringify(r.json)).toBe(200);
  expect(r.json.data).toMatchObject({ type: 'image/png', title: 'From Python', size: PNG.length });
  tally.pass(SUITE, "python requests files={'image': (None, data)}");
});

test("Python requests: files={'image': (None, base64_text)}, the text stays base64 (type=base64)", async () => {
  const boundary = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
  const body = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\nbase64\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="image"\r\n\r\n${GIF_BASE64}\r\n--${boundary}--\r\n`,
  );
  const r = await rawPost('/3/upload', { authorization: CLIENT, 'content-type': `multipart/form-data; boundary=${boundary}` }, body);
  expect(r.status, JSON.stringify(r.json)).toBe(200);
  expect(r.json.data).toMatchObject({ type: 'image/gif' });
  tally.pass(SUITE, "python requests files={'image': (None, base64)}");
});
