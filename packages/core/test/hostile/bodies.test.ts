// Hostile bodies and stalls over HTTP on 127.0.0.1, on both transports: what
// the caller sees, how many requests the server got, and that no secret is
// on the error. Memory is measured in memory.test.ts (own process).
import { describe, expect, it } from 'vitest';
import { serve } from '../support/http-server.js';
import { ImgurApiError } from '../../src/errors/api-error.js';
import { ImgurNetworkError, ImgurResponseTooLargeError, ImgurTimeoutError } from '../../src/errors/transport-errors.js';
import { clientOn, endlessBody, expectNoSecrets, getMe, gzipBomb, TRANSPORTS } from './setup.js';

const big = JSON.stringify({ data: Array.from({ length: 100_000 }, (_, i) => ({ id: `id${i}`, title: 'x'.repeat(80) })), success: true, status: 200 });

describe.each(TRANSPORTS)('hostile bodies (%s transport)', (transport) => {
  it('gzip bomb: ImgurResponseTooLargeError (a network error), one request, not retried', async () => {
    const { url, seen } = await serve((_, res) => res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(gzipBomb()));
    const { client, lines } = clientOn(transport, { baseUrl: url });
    const { error } = await getMe(client).asResult();
    expect(error).toBeInstanceOf(ImgurResponseTooLargeError);
    expect(error).toBeInstanceOf(ImgurNetworkError);
    expect(error!.message).toBe('GET /3/account/me (account.me): response body larger than maxResponseBytes (12582912 bytes); the request was aborted.');
    expect(seen).toHaveLength(1);
    expectNoSecrets(error, lines);
  });

  it('endless chunked body: ImgurResponseTooLargeError at the per-call limit, one request', async () => {
    const { url, seen } = await serve((_, res) => endlessBody(res));
    const { client } = clientOn(transport, { baseUrl: url });
    const { error } = await getMe(client, {}, { maxResponseBytes: 100_000 }).asResult();
    expect(error).toBeInstanceOf(ImgurResponseTooLargeError);
    expect(error!.message).toContain('(100000 bytes)');
    expect(seen).toHaveLength(1);
  });

  it('10 MB of JSON: read whole under the default limit, ImgurResponseTooLargeError under a 1 MB client limit', async () => {
    const { url, seen } = await serve((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(big));
    const ok = await getMe(clientOn(transport, { baseUrl: url }).client).asResult();
    expect(ok.error).toBeUndefined();
    expect(ok.data).toHaveLength(100_000);
    const small = await getMe(clientOn(transport, { baseUrl: url, maxResponseBytes: 1_000_000 }).client).asResult();
    expect(small.error).toBeInstanceOf(ImgurResponseTooLargeError);
    expect(seen).toHaveLength(2);
  });

  it('a body of exactly maxResponseBytes is accepted (the limit counts decoded bytes)', async () => {
    const body = JSON.stringify({ data: 'é'.repeat(100), success: true, status: 200 });
    const bytes = Buffer.byteLength(body);
    const { url } = await serve((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
    expect((await getMe(clientOn(transport, { baseUrl: url, maxResponseBytes: bytes }).client).asResult()).data).toBe('é'.repeat(100));
    expect((await getMe(clientOn(transport, { baseUrl: url, maxResponseBytes: bytes - 1 }).client).asResult()).error).toBeInstanceOf(ImgurResponseTooLargeError);
  });

  it('slow headers: ImgurTimeoutError after timeoutMs, one request, not retried', async () => {
    const { url, seen } = await serve(() => {});
    const { client } = clientOn(transport, { baseUrl: url, timeoutMs: 300 });
    const started = Date.now();
    const { error } = await getMe(client).asResult();
    expect(error).toBeInstanceOf(ImgurTimeoutError);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(seen).toHaveLength(1);
    expectNoSecrets(error);
  });

  it('connection reset mid-body: ImgurNetworkError after the retries (3 requests for a GET)', async () => {
    const { url, seen } = await serve((s, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"data":{"id":"a",');
      setTimeout(() => s.socket.destroy(), 20);
    });
    const { client, lines } = clientOn(transport, { baseUrl: url, maxRetryDelayMs: 10 });
    const { error } = await getMe(client).asResult();
    expect(error).toBeInstanceOf(ImgurNetworkError);
    expect(error).not.toBeInstanceOf(ImgurResponseTooLargeError);
    expect(seen).toHaveLength(3);
    expectNoSecrets(error, lines);
  });

  it('HTML 502: ImgurApiError 502 naming the content type, after the retries (3 requests)', async () => {
    const { url, seen } = await serve((_, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<html><body>Bad Gateway</body></html>'));
    const { client } = clientOn(transport, { baseUrl: url, maxRetryDelayMs: 10 });
    const { error } = await getMe(client).asResult();
    expect(error).toBeInstanceOf(ImgurApiError);
    expect((error as ImgurApiError).status).toBe(502);
    expect(error!.message).toContain('text/html');
    expect(seen).toHaveLength(3);
  });

  it('__proto__ keys in JSON data and in an error body: plain own properties, no prototype pollution', async () => {
    const { url, seen } = await serve((s, res) => {
      if (s.url === '/3/account/me')
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"__proto__":{"polluted":"yes"},"id":"a"},"success":true,"status":200}');
      else res.writeHead(400, { 'content-type': 'application/json' }).end('{"data":{"error":{"__proto__":{"polluted":"yes"},"message":"bad"}},"success":false,"status":400}');
    });
    const { client } = clientOn(transport, { baseUrl: url });
    const { data } = await getMe(client).asResult();
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data as object)).toEqual(['__proto__', 'id']);
    const { error } = await getMe(clientOn(transport, { baseUrl: `${url}/x` }).client).asResult();
    const kept = (error as ImgurApiError).imgurError as object;
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
    expect(Object.keys(kept)).toEqual(['__proto__', 'message']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((error as ImgurApiError).imgurMessage).toBe('bad');
    expect(seen).toHaveLength(2);
  });
});
