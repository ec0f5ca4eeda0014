import { expect, test } from 'vitest';
import { BEARER, CLIENT, call, expectValid, png, start } from '../helpers.js';
import { gif } from '../gif.js';

const PNG = async (): Promise<Uint8Array<ArrayBuffer>> => new Uint8Array(await png(7, 9).arrayBuffer());

test.each([
  ['no content type', undefined],
  ['application/octet-stream', 'application/octet-stream'],
  ['image/png', 'image/png'],
])('a raw-body upload (%s) is the file; other fields may come in the query', async (_name, type) => {
  const s = await start();
  const headers: Record<string, string> = type === undefined ? {} : { 'content-type': type };
  // fetch sends a Uint8Array body with no Content-Type of its own.
  const r = await call(s, 'POST', '/3/upload?title=Raw', { auth: CLIENT, headers, body: await PNG() });
  expect(r.status, r.text).toBe(200);
  expectValid('image.imageUpload', r.json);
  expect(r.json.data).toMatchObject({ type: 'image/png', width: 7, height: 9, title: 'Raw' });
});

test('a text/plain body is base64 text (or a URL), as small uploaders send it', async () => {
  const s = await start();
  const b64 = Buffer.from(await PNG()).toString('base64');
  const r = await call(s, 'POST', '/3/image', { auth: BEARER, headers: { 'content-type': 'text/plain' }, body: `${b64}\n` });
  expect(r.status, r.text).toBe(200);
  expect(r.json.data).toMatchObject({ type: 'image/png', width: 7, height: 9 });
  const url = await call(s, 'POST', '/3/upload', { auth: CLIENT, headers: { 'content-type': 'text/plain' }, body: 'https://example.com/cat.png' });
  expect(url.json.data).toMatchObject({ type: 'image/png', width: 1, height: 1 });
  const junk = await call(s, 'POST', '/3/upload', { auth: CLIENT, headers: { 'content-type': 'text/plain' }, body: 'not base64 at all!' });
  expect([junk.status, junk.json.data.error]).toEqual([400, 'Invalid field `image`: not valid base64']);
});

test('raw bytes that are no image are refused as Imgur refuses them; other routes keep refusing raw bodies', async () => {
  const s = await start();
  const r = await call(s, 'POST', '/3/upload', { auth: CLIENT, body: Uint8Array.from([1, 2, 3, 4]) });
  expect([r.status, r.json.data.error]).toEqual([400, 'Image format not supported, or image is corrupt.']);
  const comment = await call(s, 'POST', '/3/comment', { auth: BEARER, headers: { 'content-type': 'text/plain' }, body: 'hello' });
  expect(comment.status).toBe(400);
});

test('GIF animation comes from the frames: one frame is a still image, two or more are animated', async () => {
  const s = await start();
  const still = await call(s, 'POST', '/3/upload', { auth: CLIENT, headers: { 'content-type': 'image/gif' }, body: gif(1) });
  expect(still.json.data).toMatchObject({ type: 'image/gif', animated: false });
  expect(still.json.data.mp4).toBeUndefined();
  const moving = await call(s, 'POST', '/3/upload', { auth: CLIENT, headers: { 'content-type': 'image/gif' }, body: gif(3) });
  expect(moving.json.data).toMatchObject({ type: 'image/gif', animated: true, looping: true });
});
