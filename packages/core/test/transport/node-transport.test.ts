import { mkdtempSync, openAsBlob, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { nodeTransport } from '../../src/transport/node-transport.js';
import { ResponseHead } from '../../src/transport/response-head.js';
import { asResponse } from '../../src/util/as-response.js';
import { TIMED_OUT } from '../../src/transport/deadline.js';
import type { Transport, TransportInit } from '../../src/types/transport.js';
import { json, serve } from '../support/http-server.js';
import { ImgurRedirectError } from '../../src/errors/transport-errors.js';

const noFallback: Transport = () => Promise.reject(new Error('fallback used'));
const send = (url: string, init: Partial<TransportInit> = {}, signal?: AbortSignal, timeoutMs = 5_000, fallback = noFallback) =>
  nodeTransport(fallback)(url, { method: 'GET', headers: {}, body: undefined, maxBytes: 1 << 24, follow: true, ...init }, signal, timeoutMs);

describe('nodeTransport', () => {
  it('GETs the status, headers (repeated ones joined) and url, a real Response built from them on demand, and the body as text', async () => {
    const { url, seen } = await serve((_, res) => json(res, 200, { data: { id: 'a' } }, { 'x-ratelimit-clientremaining': '99', 'x-multi': ['1', '2'] }));
    const [head, text] = await send(`${url}/3/image/a?x=1`, { headers: { authorization: 'Client-ID c' } });
    expect(head).toBeInstanceOf(ResponseHead);
    expect([head.status, head.ok, head.headers.get('X-RateLimit-ClientRemaining'), head.headers.get('x-multi')]).toEqual([200, true, '99', '1, 2']);
    const response = asResponse(head);
    expect(response).toBeInstanceOf(Response);
    expect(asResponse(head)).toBe(response);
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.statusText).toBe('OK');
    expect(response.url).toBe(`${url}/3/image/a?x=1`);
    expect(response.redirected).toBe(false);
    expect(response.headers.get('X-RateLimit-ClientRemaining')).toBe('99');
    expect(response.headers.get('x-multi')).toBe('1, 2');
    expect(JSON.parse(text)).toEqual({ data: { id: 'a' } });
    expect(response.body).toBeNull(); // the body is handed over as text
    expect(seen[0]).toMatchObject({ method: 'GET', url: '/3/image/a?x=1' });
    expect(seen[0]!.headers).toMatchObject({ authorization: 'Client-ID c', 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'node' });
    expect(seen[0]!.headers['content-length']).toBeUndefined();
  });

  it('keeps the connection alive between requests', async () => {
    const { url, seen } = await serve((_, res) => json(res, 200, {}));
    await send(url);
    await send(url);
    expect(seen[1]!.socket).toBe(seen[0]!.socket);
  });

  it('sends strings (text/plain unless a type is set), URLSearchParams as a form, and bytes with their lengths', async () => {
    const { url, seen } = await serve((_, res) => json(res, 200, {}));
    await send(url, { method: 'POST', body: 'héllo' });
    await send(url, { method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json' } });
    await send(url, { method: 'POST', body: new URLSearchParams({ a: '1 2', b: 'é' }) });
    await send(url, { method: 'PUT', body: new Uint8Array([0, 1, 2, 255]) });
    await send(url, { method: 'POST', body: null });
    expect(seen[0]!.headers).toMatchObject({ 'content-type': 'text/plain;charset=UTF-8', 'content-length': '6' });
    expect(seen[0]!.body.toString()).toBe('héllo');
    expect(seen[1]!.headers['content-type']).toBe('application/json');
    expect(seen[2]!.headers['content-type']).toBe('application/x-www-form-urlencoded;charset=UTF-8');
    expect(seen[2]!.body.toString()).toBe('a=1+2&b=%C3%A9');
    expect(seen[3]).toMatchObject({ method: 'PUT', body: Buffer.from([0, 1, 2, 255]) });
    expect(seen[3]!.headers['content-length']).toBe('4');
    expect(seen[4]!.headers['content-length']).toBe('0');
  });

  it('streams Blobs (typed by the Blob unless a type is set), large ones intact', async () => {
    const { url, seen } = await serve((_, res) => json(res, 200, {}));
    const big = new Uint8Array(5 * 1024 * 1024 + 3).map((_, i) => i % 251);
    await send(url, { method: 'POST', body: new Blob([big], { type: 'image/png' }) });
    await send(url, { method: 'POST', body: new Blob(['x'], { type: 'image/gif' }), headers: { 'content-type': 'multipart/form-data; boundary=b' } });
    await send(url, { method: 'POST', body: new Blob(['x']) });
    expect(seen[0]!.headers).toMatchObject({ 'content-type': 'image/png', 'content-length': String(big.length) });
    expect(seen[0]!.body.equals(Buffer.from(big))).toBe(true);
    expect(seen[1]!.headers['content-type']).toBe('multipart/form-data; boundary=b');
    expect(seen[2]!.headers['content-type']).toBeUndefined();
  });

  it('rejects when a Blob body cannot be read (its file changed after opening)', async () => {
    const { url } = await serve((_, res) => json(res, 200, {}));
    const dir = mkdtempSync(join(tmpdir(), 'imgur-transport-'));
    try {
      const path = join(dir, 'a.bin');
      writeFileSync(path, Buffer.alloc(1024));
      const blob = await openAsBlob(path);
      writeFileSync(path, Buffer.alloc(10));
      await expect(send(url, { method: 'POST', body: blob })).rejects.toThrow(/could not be read/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('hands other bodies (FormData, streams) to the fallback transport', async () => {
    const fallback = vi.fn<Transport>(async () => [new Response('fb'), 'fb']);
    const form = new FormData();
    const [, text] = await send('http://127.0.0.1:9/x', { method: 'POST', body: form }, undefined, 1000, fallback);
    expect(text).toBe('fb');
    expect(fallback).toHaveBeenCalledWith('http://127.0.0.1:9/x', expect.objectContaining({ body: form }), undefined, 1000);
  });

  it.each([
    ['gzip', gzipSync],
    ['x-gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ] as const)('decodes %s bodies', async (coding, compress) => {
    const { url } = await serve((_, res) => {
      res.writeHead(200, { 'content-encoding': coding });
      res.end(compress(Buffer.from('{"data":"zipped ✓"}')));
    });
    const [response, text] = await send(url);
    expect(text).toBe('{"data":"zipped ✓"}');
    expect(response.headers.get('content-encoding')).toBe(coding);
  });

  it('decodes stacked codings in reverse order and leaves unknown codings as they are', async () => {
    const { url } = await serve((s, res) => {
      if (s.url === '/two') {
        res.writeHead(200, { 'content-encoding': 'deflate, gzip' });
        res.end(gzipSync(deflateSync(Buffer.from('twice'))));
      } else {
        res.writeHead(200, { 'content-encoding': 'identity-ish' });
        res.end('plain');
      }
    });
    expect((await send(`${url}/two`))[1]).toBe('twice');
    expect((await send(`${url}/unknown`))[1]).toBe('plain');
  });

  it('decodes at most 5 content codings in a row, as fetch does', async () => {
    const { url } = await serve((s, res) => {
      const layers = Number(s.url.slice(1));
      let body = Buffer.from('deep');
      for (let i = 0; i < layers; i++) body = gzipSync(body);
      res.writeHead(200, { 'content-encoding': Array(layers).fill('gzip').join(', ') }).end(body);
    });
    expect((await send(`${url}/5`))[1]).toBe('deep');
    await expect(send(`${url}/6`)).rejects.toThrow('the response names 6 content codings; at most 5 are decoded');
  });

  it('rejects a corrupt compressed body', async () => {
    const { url } = await serve((_, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end('not gzip at all');
    });
    await expect(send(url)).rejects.toThrow(/header|check/i);
  });

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ])('rejects a %s body that stops early, with Content-Length, chunked or ended by closing (the decoder fails after the response ended)', async (coding, compress) => {
    const whole = compress(Buffer.from(JSON.stringify({ data: Array.from({ length: 200 }, (_, i) => `item ${i} ${(i * 7919) % 1000}`) })));
    const half = whole.subarray(0, whole.length >> 1);
    const heads = {
      length: `content-length: ${whole.length}`,
      // The chunk is whole, the compressed stream in it is not.
      chunked: 'transfer-encoding: chunked',
      close: 'connection: close',
    };
    const server = createTcpServer((socket) =>
      socket.once('data', (request) => {
        const framing = /GET \/(\w+)/.exec(String(request))![1] as keyof typeof heads;
        socket.write(`HTTP/1.1 200 OK\r\ncontent-encoding: ${coding}\r\n${heads[framing]}\r\n\r\n`);
        socket.end(framing === 'chunked' ? Buffer.concat([Buffer.from(`${half.length.toString(16)}\r\n`), half, Buffer.from('\r\n0\r\n\r\n')]) : half);
      }),
    );
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const framing of Object.keys(heads)) await expect(send(`${url}/${framing}`), framing).rejects.toThrow(/unexpected end|aborted|closed|Decompression/i);
    } finally {
      server.close();
    }
  });

  it('rejects an upgrade (101) that was never asked for, at once', async () => {
    const server = createTcpServer((socket) => socket.once('data', () => socket.write('HTTP/1.1 101 Switching Protocols\r\nupgrade: x\r\nconnection: upgrade\r\n\r\n')));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      await expect(send(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, {}, undefined, 10_000)).rejects.toThrow('the connection closed without a usable response');
    } finally {
      server.close();
    }
  });

  it('drops a UTF-8 byte order mark, as fetch does', async () => {
    const { url } = await serve((_, res) => res.end('\uFEFF{"a":1}'));
    expect((await send(url))[1]).toBe('{"a":1}');
  });

  it('answers 204 and 304 with a null body', async () => {
    const { url } = await serve((s, res) => {
      res.writeHead(s.url === '/304' ? 304 : 204, { etag: '"e"' });
      res.end();
    });
    const [noContent, t1] = await send(`${url}/204`, { method: 'DELETE' });
    const [notModified, t2] = await send(`${url}/304`, { headers: { 'if-none-match': '"e"' } });
    expect([noContent.status, asResponse(noContent).body, t1]).toEqual([204, null, '']);
    expect([notModified.status, asResponse(notModified).body, t2, notModified.headers.get('etag')]).toEqual([304, null, '', '"e"']);
  });

  it('reads nothing for HEAD', async () => {
    const { url } = await serve((_, res) => {
      res.writeHead(200, { 'content-length': '10', 'content-encoding': 'gzip' });
      res.end();
    });
    const [response, text] = await send(url, { method: 'HEAD' });
    expect([response.status, text]).toEqual([200, '']);
  });

  it('follows redirects like fetch: 302 for GET, 307 keeps method and body, 303 and POST+301 become a bodiless GET', async () => {
    const { url, seen } = await serve((s, res, n) => {
      const hops: Record<string, [number, string]> = { '/a': [302, '/b'], '/p307': [307, '/echo'], '/p303': [303, '/echo'], '/p301': [301, '/echo'] };
      const hop = hops[s.url];
      if (hop) {
        res.writeHead(hop[0], { location: hop[1] });
        res.end('moved');
      } else json(res, 200, { n, method: s.method, body: s.body.toString() });
    });
    const [r1, t1] = await send(`${url}/a`);
    expect([r1.url, r1.redirected, JSON.parse(t1).method]).toEqual([`${url}/b`, true, 'GET']);
    const post = { method: 'POST', body: 'payload', headers: { 'content-type': 'text/plain' } };
    expect(JSON.parse((await send(`${url}/p307`, post))[1])).toMatchObject({ method: 'POST', body: 'payload' });
    expect(JSON.parse((await send(`${url}/p303`, post))[1])).toMatchObject({ method: 'GET', body: '' });
    expect(JSON.parse((await send(`${url}/p301`, post))[1])).toMatchObject({ method: 'GET', body: '' });
    const afterSeeOther = seen.find((_s, i) => i > 0 && seen[i - 1]!.url === '/p303')!;
    expect(afterSeeOther.headers['content-type']).toBeUndefined();
    expect(afterSeeOther.headers['content-length']).toBeUndefined();
  });

  it('keeps Authorization on same-origin redirects and refuses redirects to another origin', async () => {
    const other = await serve((s, res) => json(res, 200, { auth: s.headers.authorization ?? null }));
    const { url } = await serve((s, res) => {
      if (s.url === '/away') res.writeHead(302, { location: `${other.url}/there` }).end();
      else if (s.url === '/stay') res.writeHead(302, { location: '/here' }).end();
      else json(res, 200, { auth: s.headers.authorization ?? null });
    });
    const headers = { authorization: 'Bearer secret' };
    expect(JSON.parse((await send(`${url}/stay`, { headers }))[1])).toEqual({ auth: 'Bearer secret' });
    await expect(send(`${url}/away`, { headers })).rejects.toThrow(ImgurRedirectError);
    await expect(send(`${url}/away`, { headers })).rejects.toThrow(`redirect to another origin (${other.url}) refused`);
    expect(other.seen).toHaveLength(0);
  });

  it('returns a 3xx as the response when told not to follow', async () => {
    const { url, seen } = await serve((_, res) => res.writeHead(307, { location: '/elsewhere' }).end('moved'));
    const [response, text] = await send(`${url}/oauth2/token`, { method: 'POST', body: 'a=1', follow: false });
    expect([response.status, response.headers.get('location'), text, seen.length]).toEqual([307, '/elsewhere', 'moved', 1]);
  });

  it('stops after 20 redirects and on a redirect to an invalid or non-HTTP URL', async () => {
    const { url } = await serve((s, res) => {
      res.writeHead(302, { location: s.url === '/bad' ? 'http://[::1' : s.url === '/ftp' ? 'ftp://127.0.0.1/file' : `/loop${s.url}` });
      res.end();
    });
    await expect(send(`${url}/x`)).rejects.toThrow(ImgurRedirectError);
    await expect(send(`${url}/x`)).rejects.toThrow(/more than 20 redirects/);
    await expect(send(`${url}/bad`)).rejects.toThrow(/redirect to an invalid or non-HTTP URL/);
    await expect(send(`${url}/ftp`)).rejects.toThrow(/redirect to an invalid or non-HTTP URL/);
  });

  it('rejects with TIMED_OUT when no response comes in time, and when the body stalls', async () => {
    const { url } = await serve((s, res) => {
      if (s.url === '/stall') {
        res.writeHead(200);
        res.write('{"partial":');
      }
    });
    await expect(send(`${url}/silent`, {}, undefined, 50)).rejects.toBe(TIMED_OUT);
    await expect(send(`${url}/stall`, {}, undefined, 50)).rejects.toBe(TIMED_OUT);
  });

  it('rejects with the reason when the signal aborts, and closes the request', async () => {
    let closed!: () => void;
    let received!: () => void;
    const gone = new Promise<void>((done) => (closed = done));
    const arrived = new Promise<void>((done) => (received = done));
    const { url } = await serve((s) => {
      s.socket.on('close', closed);
      received();
    });
    const controller = new AbortController();
    const pending = send(url, {}, controller.signal);
    await arrived;
    controller.abort(new Error('user gave up'));
    await expect(pending).rejects.toThrow('user gave up');
    await gone;
  });

  it('rejects when nothing listens, when the server cuts the body short, and on a malformed URL', async () => {
    const { url } = await serve((_, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('short');
      setTimeout(() => res.destroy(), 10);
    });
    const closed = createTcpServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    await expect(send(`http://127.0.0.1:${port}/`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await expect(send(`${url}/cut`)).rejects.toThrow(/aborted|premature|closed/i);
    await expect(send('not a url')).rejects.toThrow(/Invalid URL/);
  });

  it('rejects a response fetch could not represent (status outside 200-599)', async () => {
    const { url } = await serve((_, res) => res.writeHead(999).end('?'));
    await expect(send(url)).rejects.toThrow(RangeError);
  });

  it('sends again on a new socket when a reused keep-alive socket turns out closed', async () => {
    const { url, seen } = await serve((_, res, n) => {
      // The second request arrives on the kept-alive socket: drop it unanswered, as a server whose idle timeout just passed does.
      if (n === 1) res.socket!.destroy();
      else json(res, 200, { n });
    });
    await send(url);
    const [, text] = await send(url, { method: 'POST', body: 'again' });
    expect(JSON.parse(text)).toEqual({ n: 2 });
    expect(seen.map((s) => s.body.toString())).toEqual(['', 'again', 'again']);
    expect(seen[2]!.socket).not.toBe(seen[1]!.socket);
  });

  it('speaks TLS to https URLs', async () => {
    let first: Buffer | undefined;
    const tls = createTcpServer((socket) =>
      socket.once('data', (chunk: Buffer) => {
        first = chunk;
        socket.destroy();
      }),
    );
    await new Promise<void>((done) => tls.listen(0, '127.0.0.1', done));
    try {
      await expect(send(`https://127.0.0.1:${(tls.address() as AddressInfo).port}/`)).rejects.toThrow();
      expect(first?.[0]).toBe(0x16); // a TLS handshake record
    } finally {
      await new Promise((done) => tls.close(done));
    }
  });
});
