import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { readBody } from '../../src/transport/read-body.js';
import { ImgurResponseTooLargeError } from '../../src/errors/transport-errors.js';
import { serve } from '../support/http-server.js';

/** A body streamed in the given pieces. */
const pieces = (...parts: Uint8Array[]): ReadableStream<Uint8Array> =>
  new ReadableStream({
    start(c) {
      for (const p of parts) c.enqueue(p);
      c.close();
    },
  });
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readBody', () => {
  it('trusts no Content-Length (Deno and Bun read chunked bodies past it; a replaced fetch may say anything): the body is counted and refused at the limit', async () => {
    const big = new Uint8Array(200_000).fill(97);
    for (const headers of [{ 'content-length': '5' }, { 'content-length': '5', 'transfer-encoding': 'chunked' }, {}] as Record<string, string>[]) {
      await expect(readBody(new Response(pieces(big.subarray(0, 100_000), big.subarray(100_000)), { headers }), 1000)).rejects.toBeInstanceOf(ImgurResponseTooLargeError);
    }
    expect(await readBody(new Response('{"a":1}', { headers: { 'content-length': '7' } }), 7)).toBe('{"a":1}');
  });

  it('refuses a body past maxBytes whatever its Content-Length says when it is coded, and cancels it', async () => {
    const cancel = vi.fn();
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        c.enqueue(new Uint8Array(64));
      },
      cancel,
    });
    const response = new Response(stream, { headers: { 'content-length': '10', 'content-encoding': 'gzip' } });
    await expect(readBody(response, 1000)).rejects.toBeInstanceOf(ImgurResponseTooLargeError);
    expect(cancel).toHaveBeenCalledOnce();
  });

  it('joins the pieces of a body before decoding, so a character split between pieces comes out whole, and drops a leading BOM', async () => {
    const bytes = utf8('\uFEFF{"name":"Ünïcödé ✓ 😀"}');
    const parts = [bytes.subarray(0, 2), bytes.subarray(2, 13), bytes.subarray(13, 30), bytes.subarray(30)];
    expect(await readBody(new Response(pieces(...parts)), 1000)).toBe('{"name":"Ünïcödé ✓ 😀"}');
    expect(await readBody(new Response(pieces(utf8('\uFEFFok'))), 1000)).toBe('ok');
    expect(await readBody(new Response(null), 1000)).toBe('');
  });

  it('refuses a piece that is not bytes as fetch itself does (a TypeError)', async () => {
    const stream = new ReadableStream({
      start(c) {
        c.enqueue('text' as never);
        c.close();
      },
    });
    await expect(readBody(new Response(stream), 1000)).rejects.toThrow(TypeError);
  });

  it("over Node's fetch: a gzip bomb with a small Content-Length is refused at the limit", async () => {
    const bomb = gzipSync(Buffer.alloc(8 * 2 ** 20));
    const { url } = await serve((_, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
      res.end(bomb);
    });
    await expect(readBody(await fetch(url), 2 ** 20)).rejects.toBeInstanceOf(ImgurResponseTooLargeError);
    const plain = await serve((_, res) => {
      res.writeHead(200, { 'content-length': '11' });
      res.end('{"ok":true}');
    });
    expect(await readBody(await fetch(plain.url), 2 ** 20)).toBe('{"ok":true}');
  });
  it('stops reading and cancels the body once the exchange is aborted, even when the fetch that made it ignores the signal', async () => {
    const cancel = vi.fn();
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>({
      async pull(c) {
        pulls++;
        await new Promise((done) => setTimeout(done, 5));
        c.enqueue(new Uint8Array(16));
      },
      cancel,
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('timed out')), 40);
    await expect(readBody(new Response(stream), 2 ** 20, controller.signal)).rejects.toThrow('timed out');
    expect(cancel).toHaveBeenCalledOnce();
    const at = pulls;
    await new Promise((done) => setTimeout(done, 50));
    expect(pulls).toBeLessThanOrEqual(at + 1);
  });
});
