import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { createImgurClient } from '../../src/client/create-client-node.js';
import { upload } from '../../src/operations/upload.js';
import { ImgurTimeoutError } from '../../src/errors/transport-errors.js';

let close: (() => void) | undefined;
afterEach(() => close?.());

it('a large Buffer upload waits for a server that stops reading for 2.5 s, then goes on, all bytes arriving (node:http)', async () => {
  let received = 0;
  const server = createServer((req, res) => {
    req.pause();
    setTimeout(() => {
      req.on('data', (c: Buffer) => (received += c.length));
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { id: 'held', deletehash: 'dh', link: 'https://i.imgur.com/held.mp4' }, success: true, status: 200 }));
      });
      req.resume();
    }, 2500);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  close = () => server.close().closeAllConnections();
  // 24 MB starting with an MP4 `ftyp isom` box: a video, sent as its parts, the bytes in one write.
  const video = new Uint8Array(24 * 1024 * 1024);
  video.set([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]);
  const client = createImgurClient({ clientId: 'client-id-0123456789', baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, timeoutMs: 10_000 });
  const result = await upload(client, video);
  expect(result.id).toBe('held');
  expect(received).toBeGreaterThan(video.length);
});

it('a large Buffer upload to a server that never reads the body times out (node:http)', async () => {
  const server = createServer((req) => req.pause());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  close = () => server.close().closeAllConnections();
  // 48 MB: more than the socket buffers of both ends hold, so the write waits for a drain that never comes.
  const video = new Uint8Array(48 * 1024 * 1024);
  video.set([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]);
  const client = createImgurClient({ clientId: 'client-id-0123456789', baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, timeoutMs: 1000 });
  const started = Date.now();
  await expect(upload(client, video)).rejects.toBeInstanceOf(ImgurTimeoutError);
  expect(Date.now() - started).toBeLessThan(30_000);
});

it('a large Blob upload to a server that reads slowly but steadily outlasts timeoutMs and arrives whole (node:http)', async () => {
  let received = 0;
  const server = createServer((req, res) => {
    // About 2 MB every 100 ms: 48 MB take more than two seconds, longer than the timeout, yet never stall (what the
    // socket buffers of both ends hold, a few MB, is the longest the client sees no progress; the timeout is twice
    // that and more, so a loaded machine's pause does not end the upload).
    req.on('data', (c: Buffer) => {
      received += c.length;
      req.pause();
      setTimeout(() => req.resume(), Math.ceil((c.length / (2 * 1024 * 1024)) * 100));
    });
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { id: 'slow', deletehash: 'dh', link: 'https://i.imgur.com/slow.mp4' }, success: true, status: 200 }));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  close = () => server.close().closeAllConnections();
  const bytes = new Uint8Array(48 * 1024 * 1024);
  bytes.set([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]);
  const client = createImgurClient({ clientId: 'client-id-0123456789', baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, timeoutMs: 2000 });
  const started = Date.now();
  const result = await upload(client, new Blob([bytes], { type: 'video/mp4' }));
  expect(result.id).toBe('slow');
  expect(received).toBeGreaterThan(bytes.length);
  expect(Date.now() - started).toBeGreaterThan(2000);
});

it('a large Buffer upload to a server that reads slowly but steadily outlasts timeoutMs and arrives whole (node:http)', async () => {
  let received = 0;
  const server = createServer((req, res) => {
    // About 12 MB a second: 32 MB take more than twice the timeout, yet a megabyte moves every 80 ms (what the socket
    // buffers of both ends hold, a few MB, is the longest the client sees no progress: the last of it goes out after the
    // last write; the timeout is twice that and more, so a loaded machine's pause does not end the upload).
    req.on('data', (c: Buffer) => {
      received += c.length;
      req.pause();
      setTimeout(() => req.resume(), Math.ceil((c.length / (12 * 1024 * 1024)) * 1000));
    });
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { id: 'steady', deletehash: 'dh', link: 'https://i.imgur.com/steady.mp4' }, success: true, status: 200 }));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  close = () => server.close().closeAllConnections();
  const video = new Uint8Array(32 * 1024 * 1024);
  video.set([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]);
  const client = createImgurClient({ clientId: 'client-id-0123456789', baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, timeoutMs: 2000 });
  const started = Date.now();
  const result = await upload(client, video);
  expect(result.id).toBe('steady');
  expect(received).toBeGreaterThan(video.length);
  expect(Date.now() - started).toBeGreaterThan(2000);
});
