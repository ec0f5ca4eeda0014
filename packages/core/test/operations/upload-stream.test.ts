import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createImgurClient } from '../../src/client/create-client-node.js';
import { upload } from '../../src/operations/upload.js';
import { fileFromPath } from '../../src/upload/file-from-path.js';
import type { UploadProgress } from '../../src/types/upload-progress.js';
import { ImgurUploadError } from '../../src/errors/usage-errors.js';
import { MAX_IMAGE_BYTES } from '../../src/upload/upload-limits.js';
import { MAGIC } from '../support/fixtures.js';

/** What the server saw of one upload: headers, the body bytes received, and whether the client stopped sending before the end. */
interface Got {
  headers: IncomingMessage['headers'];
  body: Buffer;
  aborted: boolean;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done).closeAllConnections())));
});
const dir = mkdtempSync(join(tmpdir(), 'imgur-upload-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fake Imgur on 127.0.0.1: answers uploads with an envelope after reading the whole body (or `status` at once without reading it). */
async function imgur(answer: (got: Got, n: number, url: string) => [number, unknown] = () => [200, { id: 'up1', type: 'video/mp4' }], early?: number) {
  const got: Got[] = [];
  const done: Promise<void>[] = [];
  const server = createServer((req, res) => {
    const seen: Got = { headers: req.headers, body: Buffer.alloc(0), aborted: false };
    got.push(seen);
    const chunks: Buffer[] = [];
    done.push(
      new Promise((resolve) => {
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => resolve());
        req.on('close', () => {
          seen.body = Buffer.concat(chunks);
          seen.aborted = !req.complete;
          resolve();
        });
      }),
    );
    const reply = (): void => {
      const [status, data] = answer(seen, got.length - 1, req.url!);
      res.writeHead(status, { 'content-type': 'application/json', 'x-ratelimit-clientremaining': '1000' });
      // The token endpoint answers plain JSON, the API an envelope.
      res.end(JSON.stringify(req.url === '/oauth2/token' ? data : { data, success: status < 400, status }));
    };
    if (early) {
      res.writeHead(early, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify({ data: { error: 'no' }, success: false, status: early }));
    } else req.on('end', reply);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, got, settled: () => Promise.all(done) };
}

/** A video file of `size` bytes on disk (an MP4 header, then filler). */
function videoFile(name: string, size: number): { path: string; bytes: Buffer } {
  const bytes = Buffer.alloc(size, 0x2a);
  Buffer.from(MAGIC.mp4!.bytes).copy(bytes);
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { path, bytes };
}

/** The file part's bytes in a multipart body (between its headers and the next boundary). */
function filePart(body: Buffer): Buffer {
  const start = body.indexOf('\r\n\r\n', body.indexOf('filename=')) + 4;
  const boundary = body.subarray(0, body.indexOf('\r\n'));
  return body.subarray(start, body.indexOf(Buffer.concat([Buffer.from('\r\n'), boundary]), start));
}

/** Checks what `onProgress` reported: rising, at most 64 KB apart, one 100% event and it is the last. */
function checkProgress(events: UploadProgress[], bodySize: number, totalKnown: boolean): void {
  expect(events.length).toBeGreaterThanOrEqual(Math.ceil(bodySize / 65536));
  let last = 0;
  for (const [i, e] of events.entries()) {
    expect(e.loaded - last).toBeLessThanOrEqual(65536);
    // The last event may repeat the loaded bytes of the one before: it brings the total that was unknown.
    if (i === events.length - 1 && !totalKnown) expect(e.loaded).toBe(last);
    else expect(e.loaded).toBeGreaterThan(i === 0 ? 0 : last);
    last = e.loaded;
    if (i < events.length - 1) {
      expect(e.total).toBe(totalKnown ? bodySize : undefined);
      expect(e.percent).toBe(totalKnown ? Math.floor((e.loaded * 100) / bodySize) : undefined);
      expect(e.percent).not.toBe(100);
    }
  }
  expect(events.at(-1)).toEqual({ loaded: bodySize, total: bodySize, percent: 100 });
}

const clients = {
  'node:http': (baseUrl: string) => createImgurClient({ clientId: 'c', baseUrl }),
  fetch: (baseUrl: string) => createImgurClient({ clientId: 'c', baseUrl, fetch: (url, init) => fetch(url, init) }),
};

describe.each(Object.entries(clients))('streamed uploads over %s', (transport, make) => {
  it('sends a file stream as it is read, with Content-Length from its file (node:http) or chunked (fetch), reporting progress', async () => {
    const { path, bytes } = videoFile(`clip-${transport}.mp4`, 3 * 1024 * 1024 + 5);
    const { baseUrl, got } = await imgur();
    const events: UploadProgress[] = [];
    const image = await upload(make(baseUrl), createReadStream(path), { title: 'clip' }, { onProgress: (e) => events.push(e) });
    expect(image).toMatchObject({ id: 'up1' });
    const seen = got[0]!;
    if (transport === 'node:http') {
      expect(seen.headers['content-length']).toBe(String(seen.body.length));
      expect(seen.headers['transfer-encoding']).toBeUndefined();
    } else expect(seen.headers['transfer-encoding']).toBe('chunked');
    expect(seen.body.includes('name="video"; filename="video.mp4"\r\nContent-Type: video/mp4')).toBe(true);
    expect(filePart(seen.body).equals(bytes)).toBe(true);
    checkProgress(events, seen.body.length, true);
  });

  it('sends a stream of unknown length chunked, progress without a total until the end', async () => {
    const { bytes } = videoFile(`unknown-${transport}.mp4`, 1024 * 1024 + 3);
    const { baseUrl, got } = await imgur();
    const events: UploadProgress[] = [];
    const source = Readable.from(
      (function* () {
        for (let at = 0; at < bytes.length; at += 100_000) yield bytes.subarray(at, at + 100_000);
      })(),
    );
    await upload(make(baseUrl), source, {}, { onProgress: (e) => events.push(e) });
    expect(got[0]!.headers['transfer-encoding']).toBe('chunked');
    expect(filePart(got[0]!.body).equals(bytes)).toBe(true);
    checkProgress(events, got[0]!.body.length, false);
  });

  it('sends a web ReadableStream and a file (fileFromPath) the same way', async () => {
    const { path, bytes } = videoFile(`web-${transport}.mp4`, 700_000);
    const { baseUrl, got } = await imgur();
    const client = make(baseUrl);
    await upload(client, new Blob([new Uint8Array(bytes)]).stream());
    const events: UploadProgress[] = [];
    await upload(client, await fileFromPath(path), {}, { onProgress: (e) => events.push(e) });
    for (const seen of got) expect(filePart(seen.body).equals(bytes)).toBe(true);
    expect(got[1]!.body.includes(`filename="web-${transport}.mp4"`)).toBe(true);
    if (transport === 'node:http') expect(got[1]!.headers['content-length']).toBe(String(got[1]!.body.length));
    checkProgress(events, got[1]!.body.length, true);
  });

  it('stops a stream that passes the limit with ImgurUploadError: the server never gets the whole body', async () => {
    const { baseUrl, got, settled } = await imgur();
    let produced = 0;
    const source = Readable.from(
      (function* () {
        yield Buffer.from(MAGIC.png!.bytes);
        for (; produced <= MAX_IMAGE_BYTES; produced += 65536) yield Buffer.alloc(65536);
      })(),
    );
    const error = await upload(make(baseUrl), source).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImgurUploadError);
    expect((error as Error).message).toMatch(/image\.uploadImage.*stream is larger than 10485760 bytes, Imgur's image limit; the upload was stopped/);
    await settled();
    expect(got.length).toBeLessThanOrEqual(1);
    if (got[0]) {
      expect(got[0].aborted).toBe(true);
      expect(got[0].body.length).toBeLessThan(MAX_IMAGE_BYTES + 1000);
    }
    expect(source.destroyed).toBe(true);
  });

  it('checks a file stream against the limit before sending anything', async () => {
    const { path } = videoFile(`big-${transport}.png`, MAX_IMAGE_BYTES + 1);
    Buffer.from(MAGIC.png!.bytes).copy(Buffer.alloc(0));
    writeFileSync(path, Buffer.concat([Buffer.from(MAGIC.png!.bytes), Buffer.alloc(MAX_IMAGE_BYTES + 1 - 64)]));
    const { baseUrl, got } = await imgur();
    await expect(upload(make(baseUrl), createReadStream(path))).rejects.toThrow(/image\/png of 10485761 bytes exceeds Imgur's image limit of 10485760 bytes/);
    expect(got).toHaveLength(0);
  });

  it('stops sending when Imgur answers before reading the body, and closes the source', async () => {
    const { path } = videoFile(`early-${transport}.mp4`, 8 * 1024 * 1024);
    const { baseUrl } = await imgur(undefined, 413);
    const source = createReadStream(path);
    const error = await upload(make(baseUrl), source).catch((e: unknown) => e);
    // The answer (413) or, when the server closed while the body was still being written, the broken connection.
    expect((error as Error).name).toMatch(/ImgurApiError|ImgurNetworkError/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(source.destroyed).toBe(true);
  });

  it('aborts a stream upload mid-way: the source is closed and the server sees the connection end early', async () => {
    const { path } = videoFile(`abort-${transport}.mp4`, 20 * 1024 * 1024);
    const { baseUrl, got, settled } = await imgur();
    const controller = new AbortController();
    const source = createReadStream(path);
    const pending = upload(make(baseUrl), source, {}, { signal: controller.signal, onProgress: (e) => e.loaded > 1024 * 1024 && controller.abort() });
    await expect(pending).rejects.toMatchObject({ name: 'ImgurAbortError' });
    await settled();
    expect(got[0]!.aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(source.destroyed).toBe(true);
  });

  it('times out only when an upload stalls: a steady upload longer than timeoutMs goes through', async () => {
    // 24 pieces of 64 KB, one every 25 ms: about 0.6 s in all, never a pause near the 200 ms timeout.
    const pieces = [Buffer.from(MAGIC.mp4!.bytes), ...Array.from({ length: 24 }, (_, i) => Buffer.alloc(65536, i))];
    const source = Readable.from(
      (async function* () {
        for (const piece of pieces) {
          await new Promise((resolve) => setTimeout(resolve, 25));
          yield piece;
        }
      })(),
    );
    const { baseUrl, got } = await imgur();
    const started = Date.now();
    await expect(upload(make(baseUrl), source, {}, { timeoutMs: 200 })).resolves.toMatchObject({ id: 'up1' });
    expect(Date.now() - started).toBeGreaterThan(400);
    expect(filePart(got[0]!.body).equals(Buffer.concat(pieces))).toBe(true);
  });

  it('times out when the server stops reading the body', async () => {
    const { path } = videoFile(`stall-${transport}.mp4`, 16 * 1024 * 1024);
    const server = createServer((req) => req.pause());
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const source = createReadStream(path);
    await expect(upload(make(baseUrl), source, {}, { timeoutMs: 300 })).rejects.toMatchObject({ name: 'ImgurTimeoutError' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(source.destroyed).toBe(true);
  });

  it('refuses to send a stream twice: a refresh after 401 ends in ImgurUploadError saying why', async () => {
    const { path } = videoFile(`twice-${transport}.mp4`, 200_000);
    const { baseUrl, got } = await imgur((_, n, url) =>
      url === '/oauth2/token'
        ? [200, { access_token: 'new-token-1234', refresh_token: 'refresh-5678', expires_in: 3600 }]
        : n === 0
          ? [401, { error: 'The access token provided is invalid.' }]
          : [200, { id: 'x' }],
    );
    const client = createImgurClient({
      clientId: 'c',
      clientSecret: 'secret-1234',
      accessToken: 'old-token-1234',
      refreshToken: 'refresh-1234',
      baseUrl,
      ...(transport === 'fetch' ? { fetch: (url, init) => fetch(url, init) } : {}),
    });
    const error = await upload(client, createReadStream(path)).catch((e: unknown) => e);
    // The upload, then the token request; the replay is refused before anything is sent.
    expect(got.map((g) => g.headers.authorization?.split(' ')[0])).toEqual(['Bearer', undefined]);
    expect(error).toBeInstanceOf(ImgurUploadError);
    expect((error as Error).message).toMatch(
      /^POST \/3\/upload \(image\.uploadImage\).*a stream can be sent only once, and this request had to be sent again \(a retry, a redirect or a token refresh\); upload bytes, a Blob or a file \(fileFromPath\) to allow that\.$/,
    );
  });
});
