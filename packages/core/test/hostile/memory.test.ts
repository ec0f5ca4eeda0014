// Memory of a client under a gzip bomb and an endless body, on both
// transports: each run is a fresh Node process (memory-child.ts, bundled with
// esbuild) so its RSS is not mixed with the test runner's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleChild, runJsonChild } from '../support/run-child.js';
import { json, serve } from '../support/http-server.js';
import { endlessBody, gzipBomb, TRANSPORTS } from './setup.js';

const MB = 2 ** 20;
const dir = mkdtempSync(join(tmpdir(), 'imgur-memory-'));
const child = join(dir, 'memory-child.mjs');

beforeAll(async () => {
  await bundleChild(new URL('./memory-child.ts', import.meta.url), child);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Outcome {
  readonly baseline: number;
  readonly sampled: number;
  readonly peak: number;
  readonly ms: number;
  readonly error?: { readonly name: string; readonly message: string };
}

/** Runs the child against `baseUrl/path` (see `runJsonChild`). */
const runChild = (transport: string, baseUrl: string, path: string, maxResponseBytes?: number): Promise<Outcome> =>
  runJsonChild<Outcome>([child, transport, baseUrl, path, ...(maxResponseBytes ? [String(maxResponseBytes)] : [])]);

describe.each(TRANSPORTS)('memory under hostile bodies (%s transport, own process)', (transport) => {
  it('gzip bomb (1 MB inflating to 1 GiB): ImgurResponseTooLargeError, one request, < 64 MB above baseline', async () => {
    const { url, seen } = await serve((s, res) => {
      if (s.url === '/ok') return json(res, 200, { data: {}, success: true, status: 200 });
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipBomb());
    });
    const got = await runChild(transport, url, 'bomb');
    console.log(
      `memory: ${transport} gzip bomb: baseline ${(got.baseline / MB).toFixed(1)} MB, sampled peak +${((got.sampled - got.baseline) / MB).toFixed(1)} MB, maxRSS +${((got.peak - got.baseline) / MB).toFixed(1)} MB, ${got.ms} ms, ${got.error?.name}`,
    );
    expect(got.error?.name).toBe('ImgurResponseTooLargeError');
    expect(got.error?.message).toContain('maxResponseBytes (12582912 bytes)');
    expect(seen.filter((s) => s.url === '/bomb')).toHaveLength(1);
    expect(got.peak - got.baseline).toBeLessThan(64 * MB);
  });

  it('endless chunked body: ImgurResponseTooLargeError, one request, < 64 MB above baseline, the server stopped soon after the limit', async () => {
    let written = -1;
    const closed = new Promise<void>((done) => {
      void serve((s, res) => {
        if (s.url === '/ok') return json(res, 200, { data: {}, success: true, status: 200 });
        endlessBody(res, (bytes) => {
          written = bytes;
          done();
        });
      }).then((server) => start(server.url));
    });
    let got!: Outcome;
    const start = async (url: string) => (got = await runChild(transport, url, 'endless'));
    await closed;
    await expect.poll(() => got).toBeDefined();
    console.log(
      `memory: ${transport} endless body: baseline ${(got.baseline / MB).toFixed(1)} MB, sampled peak +${((got.sampled - got.baseline) / MB).toFixed(1)} MB, maxRSS +${((got.peak - got.baseline) / MB).toFixed(1)} MB, ${got.ms} ms, server wrote ${(written / MB).toFixed(1)} MB, ${got.error?.name}`,
    );
    expect(got.error?.name).toBe('ImgurResponseTooLargeError');
    expect(got.peak - got.baseline).toBeLessThan(64 * MB);
    // Socket buffers and backpressure allow some slack, but nothing near the 4 GiB the server would send.
    expect(written).toBeLessThan(64 * MB);
  });

  it('a body in one-byte chunks (a million HTTP chunks): ImgurResponseTooLargeError at a 1 MiB limit, < 64 MB above baseline', async () => {
    // Each HTTP chunk reaches the client as its own piece, a view of a larger read buffer: kept piece by piece, a
    // body like this one took hundreds of MB.
    const ok = JSON.stringify({ data: {}, success: true, status: 200 });
    const pieces = Buffer.from('1\r\na\r\n'.repeat(2 ** 21));
    const server: Server = createServer((socket) => {
      socket.on('error', () => {});
      socket.once('data', (head) => {
        if (String(head).startsWith('GET /ok ')) {
          socket.end(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${ok.length}\r\nconnection: close\r\n\r\n${ok}`);
          return;
        }
        socket.write('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n');
        socket.end(Buffer.concat([pieces, Buffer.from('0\r\n\r\n')]));
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const { port } = server.address() as { port: number };
      const got = await runChild(transport, `http://127.0.0.1:${port}`, 'tiny', MB);
      console.log(
        `memory: ${transport} one-byte chunks: baseline ${(got.baseline / MB).toFixed(1)} MB, sampled peak +${((got.sampled - got.baseline) / MB).toFixed(1)} MB, maxRSS +${((got.peak - got.baseline) / MB).toFixed(1)} MB, ${got.ms} ms, ${got.error?.name}`,
      );
      expect(got.error?.name).toBe('ImgurResponseTooLargeError');
      expect(got.peak - got.baseline).toBeLessThan(64 * MB);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  it('10 MB of JSON succeeds under the default limit (memory measured for the report)', async () => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({ id: `id${i}`, title: 'x'.repeat(80) }));
    const body = JSON.stringify({ data: items, success: true, status: 200 });
    expect(body.length).toBeGreaterThan(10_000_000);
    const { url } = await serve((s, res) =>
      s.url === '/ok' ? json(res, 200, { data: {}, success: true, status: 200 }) : res.writeHead(200, { 'content-type': 'application/json' }).end(body),
    );
    const got = await runChild(transport, url, 'big');
    console.log(
      `memory: ${transport} 10 MB JSON: baseline ${(got.baseline / MB).toFixed(1)} MB, sampled peak +${((got.sampled - got.baseline) / MB).toFixed(1)} MB, maxRSS +${((got.peak - got.baseline) / MB).toFixed(1)} MB, ${got.ms} ms, ${got.error?.name ?? 'ok'}`,
    );
    expect(got.error).toBeUndefined();
  });
});
