// Memory of uploads from a Buffer on both of core's Node transports: each upload runs in a fresh Node process
// (buffer-memory-child.ts, bundled with esbuild) so its RSS is not mixed with the test runner's, against a
// server in this process that keeps the body and checks it byte for byte. Peak RSS growth is
// measured from the RSS after a warm-up upload and a full GC, with the Buffer already made: the kernel's
// high-water mark (process.resourceUsage().maxRSS, which no short spike escapes) when the upload raised it, else
// (the mark was set before the baseline, higher than anything the upload reached) the RSS sampled every 2 ms. See also `pnpm bench:upload-buffer` (BENCHMARKS.md, "Uploads from a Buffer").
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleChild, runJsonChild } from '../support/run-child.js';

const MB = 2 ** 20;
const SIZE = 20 * MB;
const dir = mkdtempSync(join(tmpdir(), 'imgur-buffer-memory-'));
const child = join(dir, 'buffer-memory-child.mjs');

/** The bytes the child uploads (made the same way there). */
function image(size: number): Buffer {
  const b = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; i++) b[i] = (i * 31 + 7) & 0xff;
  b.set([0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]);
  return b;
}
const expected = createHash('sha256').update(image(SIZE)).digest('hex');

/** What the server saw of one upload: its headers, length and the form it parsed from the body. */
interface Received {
  readonly contentLength: number | undefined;
  readonly chunked: boolean;
  readonly bytes: number;
  readonly fileSha256?: string;
  readonly fileSize?: number;
  readonly fileType?: string;
  readonly title?: unknown;
}
const received: Received[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  await bundleChild(new URL('./buffer-memory-child.ts', import.meta.url), child);
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      const length = req.headers['content-length'];
      const r: Received = { contentLength: length === undefined ? undefined : Number(length), chunked: req.headers['transfer-encoding'] === 'chunked', bytes: body.length };
      try {
        const form = await new Response(body, { headers: { 'content-type': req.headers['content-type']! } }).formData();
        const file = form.get('video') as File;
        const bytes = new Uint8Array(await file.arrayBuffer());
        received.push({ ...r, fileSha256: createHash('sha256').update(bytes).digest('hex'), fileSize: file.size, fileType: file.type, title: form.get('title') });
      } catch {
        received.push(r);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { id: `up${received.length}`, type: 'video/mp4' }, success: true, status: 200 }));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 30_000);
afterAll(async () => {
  await new Promise((done) => server?.close(done).closeAllConnections());
  rmSync(dir, { recursive: true, force: true });
});

interface Outcome {
  readonly baseline: number;
  readonly before: number;
  readonly sampled: number;
  readonly peak: number;
  readonly ms: number;
  readonly id?: string;
  readonly error?: { readonly name: string; readonly message: string };
}

describe('upload of a 20 MB video from a Buffer (own process)', () => {
  it.each(['node', 'fetch'] as const)('%s transport: RSS grows by at most 1.1x the file, and the server gets the file byte for byte', async (transport) => {
    const before = received.length;
    const got = await runJsonChild<Outcome>([child, url, transport, String(SIZE)]);
    const growth = (got.peak > got.before ? got.peak : got.sampled) - got.baseline;
    console.log(
      `buffer memory: ${transport}: baseline ${(got.baseline / MB).toFixed(1)} MB, sampled peak +${((got.sampled - got.baseline) / MB).toFixed(1)} MB, maxRSS +${((got.peak - got.baseline) / MB).toFixed(1)} MB (+${((got.before - got.baseline) / MB).toFixed(1)} MB before the upload), ${got.ms} ms`,
    );
    expect(got.error).toBeUndefined();
    expect(got.id).toBe(`up${before + 2}`);
    const r = received[before + 1]!;
    expect(r.fileSize).toBe(SIZE);
    expect(r.fileSha256).toBe(expected);
    expect(r.fileType).toBe('video/mp4');
    expect(r.title).toBe('memory');
    // The node:http transport sends the known length; Node's fetch sends a stream body chunked.
    if (transport === 'node') expect(r.contentLength).toBe(r.bytes);
    else expect(r.chunked || r.contentLength === r.bytes).toBe(true);
    expect(growth).toBeLessThanOrEqual(1.1 * SIZE);
  });
});
