// A batch aborted while Imgur is slow to answer: the server below stores every upload as soon as its body has
// arrived and answers only some of them; the batch is aborted with the others stored but unanswered. Every
// stored upload must come back as `uploaded` with the deletehash the server gave it, or as `maybe-stored`:
// never as `failed` or `not-sent`, which would tell the caller to upload it again (a duplicate, 10 more credits).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { uploadBatch } from '../../src/operations/upload-batch.js';
import type { UploadBatchItemResult } from '../../src/operations/upload-batch.js';
import { ImgurAbortError } from '../../src/errors/transport-errors.js';
import { MAGIC } from '../support/fixtures.js';
import { clientOn, TRANSPORTS } from './setup.js';

interface Stored {
  readonly title: string;
  readonly id: string;
  readonly deletehash: string;
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/**
 * An Imgur stand-in on 127.0.0.1: `POST /3/upload` reads the whole multipart body, stores the image (an id and a
 * deletehash), then hands the answer to `answer(stored, send)`, which sends it now, later or never. `slowReader`
 * makes it read a request body only up to its first 64 KiB and then stop, never storing it.
 */
async function storingServer(answer: (stored: Stored, send: () => void) => void, slowReader = false) {
  const stored: Stored[] = [];
  const received: number[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      bytes += chunk.length;
      if (slowReader && bytes >= 64 * 1024) {
        req.pause();
        received.push(bytes);
      }
    });
    req.on('end', () => {
      void new Response(Buffer.concat(chunks), { headers: { 'content-type': req.headers['content-type']! } }).formData().then((form) => {
        const n = stored.length + 1;
        const image: Stored = { title: String(form.get('title')), id: `img${n}`, deletehash: `dh${n}${'x'.repeat(13)}`.slice(0, 15) };
        stored.push(image);
        answer(image, () => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({ data: { id: image.id, deletehash: image.deletehash, title: image.title, link: `https://i.imgur.com/${image.id}.png` }, success: true, status: 200 }),
          );
        });
      });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  closers.push(() => new Promise((done) => server.close(() => done()).closeAllConnections()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stored, received };
}

const items = (n: number, bytes: Uint8Array = MAGIC.png!.bytes) => Array.from({ length: n }, (_, i) => ({ source: bytes, fields: { title: `t${i}` } }));

describe.each(TRANSPORTS)('an aborted uploadBatch against a slow server that stores uploads (%s transport)', (transport) => {
  it('7 uploads in flight, all stored, 2 answered when the batch is aborted: 2 uploaded with their deletehash, 5 maybe-stored, none failed', async () => {
    const controller = new AbortController();
    let answered = 0;
    const server = await storingServer((image, send) => {
      // The first two stored are answered at once; the others never (a slow Imgur). The batch is aborted once
      // all 7 are stored and both answers have reached it.
      if (Number(image.id.slice(3)) <= 2) send();
    });
    const { client } = clientOn(transport, { baseUrl: server.url, timeoutMs: 30_000, retries: 0 });
    const done = uploadBatch(client, items(7), {
      concurrency: 7,
      signal: controller.signal,
      onProgress: () => {},
      onItem: (r) => {
        if (r.status === 'uploaded') answered++;
      },
    });
    for (let waited = 0; (server.stored.length < 7 || answered < 2) && waited < 20_000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    controller.abort('user cancelled');
    const batch = await done;

    expect(server.stored).toHaveLength(7);
    const byTitle = new Map(batch.results.map((r, i) => [`t${i}`, r]));
    const outcome = (r: UploadBatchItemResult) => (r.status === 'maybe-stored' ? `maybe-stored:${r.sent}` : r.status);
    expect(server.stored.map((s) => outcome(byTitle.get(s.title)!)).sort()).toEqual([...Array(5).fill('maybe-stored:all'), 'uploaded', 'uploaded']);
    for (const s of server.stored.slice(0, 2)) {
      const r = byTitle.get(s.title)!;
      expect(r.status === 'uploaded' && [r.data.id, r.data.deletehash]).toEqual([s.id, s.deletehash]);
    }
    for (const r of batch.maybeStored) expect(r.error).toBeInstanceOf(ImgurAbortError);
    expect([batch.failed.length, batch.notSent.length]).toEqual([0, 0]);
  });

  it('an upload cut off mid-body is maybe-stored with sent "part"; the items never started are not-sent', async () => {
    const controller = new AbortController();
    // Larger than the socket buffers hold (Linux sends from at most 4 MB; a reader that stopped keeps its window small): part of it stays unsent.
    const big = new Uint8Array(24 * 1024 * 1024);
    big.set(MAGIC.mp4!.bytes);
    const server = await storingServer(() => {}, true);
    const { client } = clientOn(transport, { baseUrl: server.url, timeoutMs: 30_000, retries: 0 });
    const progress: number[] = [];
    const done = uploadBatch(client, items(3, big), { concurrency: 1, signal: controller.signal, onProgress: (_, p) => progress.push(p.loaded) });
    for (let waited = 0; (server.received.length === 0 || progress.length === 0) && waited < 20_000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    controller.abort('stop');
    const batch = await done;
    expect(batch.results.map((r) => (r.status === 'maybe-stored' ? `maybe-stored:${r.sent}` : r.status === 'not-sent' ? `not-sent:${r.reason}` : r.status))).toEqual([
      'maybe-stored:part',
      'not-sent:aborted',
      'not-sent:aborted',
    ]);
    expect(server.stored).toHaveLength(0);
  });
});
