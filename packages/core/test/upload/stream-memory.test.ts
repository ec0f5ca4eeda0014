// Memory of streamed uploads on Node's default transport: each upload runs in a fresh Node process
// (stream-memory-child.ts, bundled with esbuild) so its RSS is not mixed with the test runner's, against a
// server in this process that drains each body as it arrives (counted, never kept). Peak RSS growth is
// process.resourceUsage().maxRSS (the kernel's high-water mark, which no short spike escapes) minus the
// RSS after a warm-up upload and a full GC. See also `pnpm bench:upload` (BENCHMARKS.md, "Streamed uploads").
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleChild, runJsonChild } from '../support/run-child.js';
import { PIECE_BYTES } from '../../src/transport/body-pieces.js';
import { MAX_VIDEO_BYTES } from '../../src/upload/upload-limits.js';

const MB = 2 ** 20;
/** The bound: one process uploading a 200 MB video from a stream grows by less than this. */
const MAX_GROWTH = 32 * MB;
const dir = mkdtempSync(join(tmpdir(), 'imgur-stream-memory-'));
const child = join(dir, 'stream-memory-child.mjs');
const video = join(dir, 'video-200mb.mp4');

/** What the server saw of one request. */
interface Received {
  readonly url: string;
  readonly contentLength: number | undefined;
  readonly chunked: boolean;
  bytes: number;
  complete: boolean;
  closed: boolean;
}
const received: Received[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  await bundleChild(new URL('./stream-memory-child.ts', import.meta.url), child);
  // 200 MB starting with an MP4 `ftyp isom` box header, so it is detected as video/mp4.
  const fd = openSync(video, 'w');
  const block = Buffer.alloc(MB, 0x5a);
  block.set([0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]);
  for (let i = 0; i < 200; i++) writeSync(fd, block, 0, MB);
  closeSync(fd);
  server = createServer((req, res) => {
    const length = req.headers['content-length'];
    const r: Received = {
      url: req.url!,
      contentLength: length === undefined ? undefined : Number(length),
      chunked: req.headers['transfer-encoding'] === 'chunked',
      bytes: 0,
      complete: false,
      closed: false,
    };
    received.push(r);
    req.on('data', (chunk: Buffer) => (r.bytes += chunk.length));
    req.on('close', () => (r.closed = true));
    req.on('end', () => {
      r.complete = true;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { id: `up${received.length}`, type: 'video/mp4' }, success: true, status: 200 }));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((done) => server?.close(done).closeAllConnections());
  rmSync(dir, { recursive: true, force: true });
});

interface Progress {
  readonly loaded: number;
  readonly total: number | undefined;
  readonly percent: number | undefined;
}
interface Outcome {
  readonly baseline: number;
  readonly sampled: number;
  readonly peak: number;
  readonly ms: number;
  readonly id?: string;
  readonly events: number;
  readonly ordered: boolean;
  readonly first?: Progress;
  readonly last?: Progress;
  readonly destroyed: boolean;
  readonly error?: { readonly name: string; readonly message: string };
}

/** Runs the child (see `runJsonChild`). */
const runChild = (mode: 'file' | 'unknown', arg: string): Promise<Outcome> => runJsonChild<Outcome>([child, url, mode, arg]);

/** The request of the measured upload (the one after the child's warm-up), once the server has seen it close. */
async function measured(before: number): Promise<Received> {
  await expect.poll(() => received.slice(before).filter((r) => r.url === '/3/upload').length).toBe(2);
  const r = received.slice(before).filter((s) => s.url === '/3/upload')[1]!;
  await expect.poll(() => r.closed).toBe(true);
  return r;
}

const report = (what: string, got: Outcome, r: Received): void =>
  console.log(
    `stream memory: ${what}: baseline ${(got.baseline / MB).toFixed(1)} MB, sampled peak +${((got.sampled - got.baseline) / MB).toFixed(1)} MB, maxRSS +${((got.peak - got.baseline) / MB).toFixed(1)} MB, ${got.ms} ms, ${got.events} progress events, server got ${r.bytes} bytes (${r.chunked ? 'chunked' : `Content-Length ${r.contentLength}`}), ${got.error?.name ?? 'ok'}`,
  );

describe('streamed upload of a 200 MB video (node:http transport, own process)', () => {
  it('fs.createReadStream: < 32 MB above baseline, Content-Length == bytes received, progress every 64 KB up to 100 %', async () => {
    const before = received.length;
    const got = await runChild('file', video);
    const r = await measured(before);
    report('createReadStream 200 MB', got, r);
    expect(got.error).toBeUndefined();
    expect(got.id).toBeDefined();
    expect(r.complete).toBe(true);
    expect(r.chunked).toBe(false);
    expect(r.contentLength).toBe(r.bytes);
    expect(r.bytes).toBeGreaterThan(200 * MB);
    expect(got.events).toBeGreaterThanOrEqual((200 * MB) / PIECE_BYTES);
    expect(got.ordered).toBe(true);
    expect(got.first!.loaded).toBeLessThanOrEqual(PIECE_BYTES);
    expect(got.last).toEqual({ loaded: r.bytes, total: r.bytes, percent: 100 });
    expect(got.peak - got.baseline).toBeLessThan(MAX_GROWTH);
  });

  it('a Readable of unknown length: sent chunked, < 32 MB above baseline, progress up to 100 %', async () => {
    const before = received.length;
    const got = await runChild('unknown', String(200 * MB));
    const r = await measured(before);
    report('Readable 200 MB, unknown length', got, r);
    expect(got.error).toBeUndefined();
    expect(r.complete).toBe(true);
    expect(r.chunked).toBe(true);
    expect(r.contentLength).toBeUndefined();
    expect(r.bytes).toBeGreaterThan(200 * MB);
    expect(got.events).toBeGreaterThanOrEqual((200 * MB) / PIECE_BYTES);
    expect(got.ordered).toBe(true);
    expect(got.first!.total).toBeUndefined();
    expect(got.last).toEqual({ loaded: r.bytes, total: r.bytes, percent: 100 });
    expect(got.peak - got.baseline).toBeLessThan(MAX_GROWTH);
  });

  it('a Readable past the 200 MB video limit (201 MB, made as read): ImgurUploadError, the request aborted before the whole body, < 32 MB above baseline', async () => {
    const before = received.length;
    const got = await runChild('unknown', String(201 * MB));
    const r = await measured(before);
    report('Readable 201 MB, unknown length', got, r);
    expect(got.error?.name).toBe('ImgurUploadError');
    expect(got.error?.message).toContain(`larger than ${MAX_VIDEO_BYTES} bytes`);
    expect(got.id).toBeUndefined();
    expect(got.destroyed).toBe(true);
    expect(r.chunked).toBe(true);
    expect(r.complete).toBe(false);
    expect(r.bytes).toBeLessThanOrEqual(MAX_VIDEO_BYTES + MB);
    expect(got.last!.loaded).toBeLessThan(201 * MB);
    expect(got.peak - got.baseline).toBeLessThan(MAX_GROWTH);
  });
});
