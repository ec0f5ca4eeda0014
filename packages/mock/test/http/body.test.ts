import { connect } from 'node:net';
import { describe, expect, test } from 'vitest';
import { BEARER, CLIENT, call, start } from '../helpers.js';

const boundary = 'XyZ';
const multipart = `multipart/form-data; boundary=${boundary}`;

describe('bad input gets an envelope and the server keeps serving', () => {
  const cases: [name: string, contentType: string, body: Uint8Array<ArrayBuffer> | string, status: number, error: RegExp][] = [
    ['malformed multipart', multipart, 'this is not multipart', 400, /Malformed multipart/],
    ['multipart without boundary', 'multipart/form-data', '--x\r\n', 400, /Malformed multipart/],
    ['invalid JSON', 'application/json', '{"image_id": ', 400, /Invalid JSON body/],
    ['invalid UTF-8 in JSON', 'application/json', Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 400, /not valid UTF-8/],
    ['invalid UTF-8 in a form', 'application/x-www-form-urlencoded', Uint8Array.from([0x61, 0x3d, 0xc3, 0x28]), 400, /not valid UTF-8/],
    [
      'invalid UTF-8 in multipart',
      multipart,
      new Uint8Array(
        Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="comment"\r\n\r\n`), Buffer.from([0xc3, 0x28]), Buffer.from(`\r\n--${boundary}--\r\n`)]),
      ),
      400,
      /not valid UTF-8 \(field `comment`\)/,
    ],
    ['unsupported content type', 'text/plain', 'hello', 400, /Unsupported content type `text\/plain`/],
  ];
  test.each(cases)('%s', async (_name, contentType, body, status, error) => {
    const s = await start();
    const r = await call(s, 'POST', '/3/comment', { auth: BEARER, headers: { 'content-type': contentType }, body });
    expect(r.status).toBe(status);
    expect(r.json.data.error).toMatch(error);
    expect((await call(s, 'GET', '/3/credits', { auth: CLIENT })).status).toBe(200);
  });
});

test('a body over the limit gets 413 (declared or streamed) and the server keeps serving', async () => {
  const s = await start({ limits: { maxBodyBytes: 1000 } });
  const big = new Uint8Array(5000);
  const r = await call(s, 'POST', '/3/upload', { auth: CLIENT, headers: { 'content-type': 'application/octet-stream' }, body: big });
  expect(r.status).toBe(413);
  expect(r.json.data.error).toBe('Request body is too large: the limit is 1000 bytes');
  const chunked = new ReadableStream({
    start(c) {
      c.enqueue(big);
      c.close();
    },
  });
  const r2 = await fetch(`${s.url}/3/upload`, { method: 'POST', headers: { authorization: CLIENT }, body: chunked, duplex: 'half' } as RequestInit);
  expect(r2.status).toBe(413);
  expect((await call(s, 'GET', '/3/credits', { auth: CLIENT })).status).toBe(200);
});

test('an image over the upload limit gets 413 naming the limit', async () => {
  const s = await start({ limits: { maxImageBytes: 10 } });
  const r = await call(s, 'POST', '/3/upload', { auth: CLIENT, body: new URLSearchParams({ image: Buffer.alloc(64).toString('base64'), type: 'base64' }) });
  expect(r.status).toBe(413);
  expect(r.json.data.error).toBe('File is over the size limit: at most 10 bytes');
});

test('garbage on the socket does not take the server down', async () => {
  const s = await start();
  await new Promise<void>((resolve) => {
    const sock = connect(s.port, '127.0.0.1', () => sock.end('NOT HTTP AT ALL\r\n\r\n'));
    sock.resume(); // the server answers 400 before closing: read it so the socket can close
    sock.on('close', () => resolve());
    sock.on('error', () => resolve());
  });
  expect((await call(s, 'GET', '/3/credits', { auth: CLIENT })).status).toBe(200);
});

test('malformed percent-encoding in the path is a 400', async () => {
  const s = await start();
  const r = await call(s, 'GET', '/3/image/%E0%A4%A', { auth: CLIENT });
  expect(r.status).toBe(400);
  expect(r.json.data.error).toBe('Invalid percent-encoding in the request path');
});

describe('multipart parts without a file name', () => {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
  const part = (name: string, bytes: Buffer, headers = ''): Buffer =>
    Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n${headers}\r\n`), bytes, Buffer.from('\r\n')]);
  const body = (...parts: Buffer[]): Uint8Array<ArrayBuffer> => new Uint8Array(Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]));

  test.each([
    ['no Content-Type (Python requests)', ''],
    ['application/octet-stream (form-data Buffer)', 'Content-Type: application/octet-stream\r\n'],
  ])('a binary image part with %s is a file, not text', async (_name, headers) => {
    const s = await start();
    const r = await call(s, 'POST', '/3/upload', {
      auth: CLIENT,
      headers: { 'content-type': multipart },
      body: body(part('image', png, headers), part('title', Buffer.from('Zürich'))),
    });
    expect(r.status, r.text).toBe(200);
    expect(r.json.data).toMatchObject({ type: 'image/png', size: png.length, title: 'Zürich' });
  });

  test('a text part of a binary field stays text (base64)', async () => {
    const s = await start();
    const r = await call(s, 'POST', '/3/upload', {
      auth: CLIENT,
      headers: { 'content-type': multipart },
      body: body(part('image', Buffer.from(png.toString('base64'))), part('type', Buffer.from('base64'))),
    });
    expect(r.status, r.text).toBe(200);
    expect(r.json.data).toMatchObject({ type: 'image/png', size: png.length });
  });

  test('type=stream is taken as a file upload', async () => {
    const s = await start();
    const r = await call(s, 'POST', '/3/upload', { auth: CLIENT, headers: { 'content-type': multipart }, body: body(part('image', png), part('type', Buffer.from('stream'))) });
    expect(r.status, r.text).toBe(200);
    const bad = await call(s, 'POST', '/3/upload', { auth: CLIENT, headers: { 'content-type': multipart }, body: body(part('image', png), part('type', Buffer.from('river'))) });
    expect(bad.status).toBe(400);
    expect(bad.json.data.error).toMatch(/Invalid field `type`/);
  });
});
