import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { createImgurClient } from '../../src/client/create-client-node.js';
import { upload } from '../../src/operations/upload.js';

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
  // 24 MB starting with an MP4 `ftyp isom` box: a video, sent as its parts in 4 MB pieces with 8 MB in flight.
  const video = new Uint8Array(24 * 1024 * 1024);
  video.set([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]);
  const client = createImgurClient({ clientId: 'client-id-0123456789', baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, timeoutMs: 10_000 });
  const result = await upload(client, video);
  expect(result.id).toBe('held');
  expect(received).toBeGreaterThan(video.length);
});
