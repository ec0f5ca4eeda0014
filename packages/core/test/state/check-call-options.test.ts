import { describe, expect, it } from 'vitest';
import { request as httpRequest, createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createImgurClient } from '../../src/client/create-client-node.js';
import { ImgurApiError } from '../../src/errors/api-error.js';
import { ImgurUsageError } from '../../src/errors/usage-errors.js';
import type { CallOptions } from '../../src/types/call-options.js';
import { envelope, testClient, getImage } from '../support/helpers.js';

describe('per-call options are checked before anything is sent', () => {
  const bad: [string, unknown, RegExp][] = [
    ['options null', null, /options must be an object, got null/],
    ['options a string', 'x', /options must be an object, got string/],
    ['a signal that is a string', { signal: 'x' }, /signal must be an AbortSignal, got string/],
    ['a signal that only looks aborted', { signal: { aborted: false } }, /signal must be an AbortSignal, got object/],
    ['headers that are not an object', { headers: 'x-a: 1' }, /headers must be an object of strings, got string/],
    ['a header value that is not a string', { headers: { 'x-a': undefined } }, /header "x-a" must be a string, got undefined/],
    ['a header value that is an object', { headers: { 'x-a': { secret: 'client-secret-value' } } }, /header "x-a" must be a string, got object/],
    ['a Host header', { headers: { Host: 'evil.example' } }, /header "Host" is set by the transport; options.headers cannot give it/],
    ['a Transfer-Encoding header', { headers: { 'transfer-encoding': 'chunked' } }, /header "transfer-encoding" is set by the transport; options.headers cannot give it/],
    ['timeoutMs true', { timeoutMs: true }, /timeoutMs must be a number >= 1, got true/],
    ['timeoutMs a BigInt', { timeoutMs: 100n }, /timeoutMs must be a number >= 1, got 100/],
    ['timeoutMs a string', { timeoutMs: '50' }, /timeoutMs must be a number >= 1, got "50"/],
    ['retries a string', { retries: '0' }, /retries must be an integer >= 0, got "0"/],
    ['maxRetryDelayMs a symbol', { maxRetryDelayMs: Symbol('x') }, /maxRetryDelayMs must be a number >= 0, got Symbol\(x\)/],
  ];
  for (const [name, options, message] of bad) {
    it(`${name}: ImgurUsageError from the promise, nothing sent, nothing thrown later`, async () => {
      const { client, sent } = testClient({ clientId: 'client-1234' }, () => envelope({ id: 'a' }));
      const uncaught: unknown[] = [];
      const onUncaught = (e: unknown): void => void uncaught.push(e);
      process.on('uncaughtException', onUncaught);
      try {
        const call = (): Promise<unknown> => getImage(client, { imageHash: 'a' }, options as CallOptions);
        const error = await call().then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(ImgurUsageError);
        expect((error as Error).message).toMatch(message);
        expect((error as Error).message).toMatch(/^image\.getImage: /);
        expect((error as Error).message).not.toContain('client-secret-value');
        await new Promise((resolve) => setTimeout(resolve, 30));
        expect(sent).toHaveLength(0);
        expect(uncaught).toEqual([]);
      } finally {
        process.off('uncaughtException', onUncaught);
      }
    });
  }

  it('accepts an AbortSignal, string headers and numbers', async () => {
    const { client, sent } = testClient({ clientId: 'client-1234' }, () => envelope({ id: 'a' }));
    const options: CallOptions = {
      signal: new AbortController().signal,
      headers: { 'x-trace': '1' },
      timeoutMs: 5000,
      retries: 0,
      maxRetryDelayMs: 10,
      maxResponseBytes: 1e6,
      onProgress: () => {},
    };
    expect(await getImage(client, { imageHash: 'a' }, options)).toEqual({ id: 'a' });
    expect(sent[0]!.request.headers.get('x-trace')).toBe('1');
  });
});

describe('per-call maxRetryDelayMs', () => {
  it('gives up at once when Retry-After asks for more than the call allows (the client allows it)', async () => {
    const { client, sent, sleeps } = testClient({ clientId: 'client-1234', maxRetryDelayMs: 60_000 }, () => envelope({ error: 'busy' }, 503, { 'Retry-After': '2' }));
    await expect(getImage(client, { imageHash: 'a' }, { maxRetryDelayMs: 1000 })).rejects.toBeInstanceOf(ImgurApiError);
    expect([sent.length, sleeps]).toEqual([1, []]);
    // Without the call's limit the client's applies: two retries after 2 s each.
    await expect(getImage(client, { imageHash: 'a' })).rejects.toBeInstanceOf(ImgurApiError);
    expect(sleeps).toEqual([2000, 2000]);
  });
});

describe('options.headers cannot reach the wire as framing headers (node:http)', () => {
  it('a Host header is refused before the request, so no credential goes out under a foreign Host', async () => {
    const seen: IncomingMessage[] = [];
    const server = createServer((req, res) => {
      seen.push(req);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"id":"a"},"success":true,"status":200}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const client = createImgurClient({ clientId: 'client-1234', baseUrl: `http://127.0.0.1:${port}` });
      await expect(getImage(client, { imageHash: 'a' }, { headers: { host: 'evil.example' } })).rejects.toThrow(
        /header "host" is set by the transport; options.headers cannot give it/,
      );
      expect(await getImage(client, { imageHash: 'a' })).toEqual({ id: 'a' });
      expect(seen.map((r) => r.headers.host)).toEqual([`127.0.0.1:${port}`]);
      // The server is really there: a plain request reaches it too (the refusal above was the SDK's).
      await new Promise<void>((resolve, reject) =>
        httpRequest(`http://127.0.0.1:${port}/`, (res) => res.resume().on('end', resolve))
          .on('error', reject)
          .end(),
      );
      expect(seen).toHaveLength(2);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
