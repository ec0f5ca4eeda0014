// `timeoutMs` (default 30 s) is the longest a request may stall, not a deadline for the whole attempt: every
// piece of an upload's body sent starts it again (transport/deadline.ts `touch`), so an upload over a slow
// uplink that keeps making progress is not cut off, whatever its length.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterEach, expect, it } from 'vitest';
import { createImgurClient } from '../../src/client/create-client-node.js';
import { upload } from '../../src/operations/upload.js';
import type { UploadProgress } from '../../src/types/upload-progress.js';

const MP4 = [0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d];
let server: Server | undefined;
afterEach(async () => {
  await new Promise((done) => server?.close(done).closeAllConnections());
  server = undefined;
});

/** A server on 127.0.0.1 that reads request bodies at about `bytesPerSecond` (a slow uplink), then answers an upload envelope. */
async function slowServer(bytesPerSecond: number): Promise<string> {
  server = createServer((req, res) => {
    req.on('data', (chunk: Buffer) => {
      req.pause();
      setTimeout(() => req.resume(), (chunk.length * 1000) / bytesPerSecond);
    });
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { id: 'slow' }, success: true, status: 200 })));
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

it('a streamed upload that keeps making progress over a slow uplink is not cut off by timeoutMs', async () => {
  // 6 MB at 4 MB/s: about 1.5 s of sending under a 1 s timeout, progress all along.
  const url = await slowServer(4 * 2 ** 20);
  const client = createImgurClient({ baseUrl: url, clientId: 'client-id-0123456789', timeoutMs: 1_000, retries: 0 });
  const video = Readable.from(
    (function* () {
      for (let i = 0; i < 96; i++) yield i === 0 ? Buffer.concat([Buffer.from(MP4), Buffer.alloc(65_536 - MP4.length)]) : Buffer.alloc(65_536, i);
    })(),
  );
  const seen: UploadProgress[] = [];
  const { data, error } = await upload(client, video, {}, { onProgress: (p) => seen.push(p) }).asResult();
  // Progress was reported all along: the upload was moving when it was cut off.
  expect(seen.length).toBeGreaterThan(10);
  expect(error).toBeUndefined();
  expect(data?.id).toBe('slow');
});
