import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserBundle, launchChromium } from './support/chromium.js';

const FILE_BYTES = 3 * 1024 * 1024;
/**
 * The page's upload rate (DevTools network throttling, bytes per second). On
 * Linux loopback the kernel's socket buffers take a 3 MB body at once however
 * slowly the server reads (Chromium then reports one progress event, the last),
 * so Chromium's own throttling paces the upload; the server still reads slowly.
 */
const UPLOAD_BYTES_PER_SECOND = 1_000_000;

/** A PNG-looking file: the PNG signature and IHDR start, then bytes of a fixed LCG (the same in the page, fetched from `/a.png`). */
function pngBytes(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(bytes);
  let x = 12345;
  for (let i = 16; i < size; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

/** What the server saw of one request to an API route. */
interface Received {
  readonly url: string;
  readonly contentLength: number;
  readonly body: Buffer;
  /** Whether the whole body arrived before the connection closed. */
  readonly complete: boolean;
  /** Whether the response was written to its end before the connection closed. */
  readonly answered: boolean;
}

const file = pngBytes(FILE_BYTES);
const envelope = JSON.stringify({ data: { id: 'abc', link: 'https://i.imgur.com/abc.png', type: 'image/png' }, success: true, status: 200 });
let server: Server;
let origin = '';
let bundle = '';
let browser: Browser;
const received: Received[] = [];

/**
 * Reads a request body slowly, `step` bytes (64 KB) at most every 20 ms, so the upload takes a while and the browser
 * reports its progress many times.
 */
function readSlowly(req: IncomingMessage, res: ServerResponse, then: (body: Buffer) => void, step = 65536): void {
  const chunks: Buffer[] = [];
  const contentLength = Number(req.headers['content-length']);
  let unpaused = 0;
  req.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    if ((unpaused += chunk.length) < step) return;
    unpaused = 0;
    req.pause();
    setTimeout(() => req.resume(), 20);
  });
  req.on('end', () => then(Buffer.concat(chunks)));
  res.on('close', () => received.push({ url: req.url!, contentLength, body: Buffer.concat(chunks), complete: req.complete, answered: res.writableFinished }));
}

/** Answers with `status`, `headers` and `body`. */
function answer(res: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer = ''): void {
  res.writeHead(status, headers).end(body);
}

/** Streams a JSON-looking body of 64 KB every 10 ms up to 8 MB: the client must close the connection long before the end. */
function answerHuge(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  let sent = 0;
  const timer = setInterval(() => {
    if ((sent += 65536) <= 8 * 1024 * 1024) res.write(Buffer.alloc(65536, 0x20));
    else {
      clearInterval(timer);
      res.end();
    }
  }, 10);
  res.on('close', () => clearInterval(timer));
}

/** The routes: the page, the file, and the fake API under path prefixes that pick its behaviour. */
function handle(req: IncomingMessage, res: ServerResponse): void {
  const { url = '' } = req;
  const json = { 'content-type': 'application/json' };
  if (url === '/') answer(res, 200, { 'content-type': 'text/html' }, '<!doctype html><title>progress</title>');
  else if (url === '/a.png') answer(res, 200, { 'content-type': 'application/octet-stream' }, file);
  else if (['/ok/3/upload', '/moved/3/upload', '/custom/3/upload'].includes(url)) readSlowly(req, res, () => answer(res, 200, json, envelope));
  else if (url === '/redirect/3/upload') readSlowly(req, res, () => answer(res, 307, { location: '/moved/3/upload' }));
  // Slower still: the abort must reach the server before the whole body does, on a loaded machine too.
  else if (url === '/hang/3/upload') readSlowly(req, res, () => {}, 16384);
  else if (url === '/small-large/3/upload') readSlowly(req, res, () => answer(res, 200, json, `{"data":"${'x'.repeat(2000)}"}`));
  else if (url === '/huge/3/upload') readSlowly(req, res, () => answerHuge(res));
  else answer(res, 404, {});
}

/** Waits until the server has seen the end of the request to `url`. */
async function receivedFor(url: string): Promise<Received> {
  for (let i = 0; i < 200; i++) {
    const got = received.find((r) => r.url === url);
    if (got) return got;
    await new Promise((done) => setTimeout(done, 25));
  }
  throw new Error(`the server saw no request to ${url} end`);
}

/** Runs `body` in a fresh chromium page at the server's origin (same-origin: no CORS), its uploads throttled, that has the core bundle as `ImgurCore`, the server origin as `origin` and the file's bytes as `bytes`. */
async function inPage<T>(body: string): Promise<T> {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: UPLOAD_BYTES_PER_SECOND });
    await page.addScriptTag({ content: bundle });
    return (await page.evaluate(
      `(async () => { const origin = ${JSON.stringify(origin)}; const bytes = new Uint8Array(await (await fetch('/a.png')).arrayBuffer()); ${body} })()`,
    )) as T;
  } finally {
    await page.close();
  }
}

interface Progress {
  readonly loaded: number;
  readonly total: number | undefined;
  readonly percent: number | undefined;
}

describe('upload progress in a real browser (chromium, XMLHttpRequest)', () => {
  beforeAll(async () => {
    server = createServer(handle);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    bundle = await browserBundle();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done).closeAllConnections());
  });

  it('reports the multipart body as it is sent: rising, percent from loaded and total, one 100% event at the end', async () => {
    const got = await inPage<{ events: Progress[]; id: string; sent: number }>(`
      const { createImgurClient, upload } = ImgurCore;
      const client = createImgurClient({ clientId: 'c', baseUrl: origin + '/ok' });
      const events = [];
      const image = await upload(client, new File([bytes], 'a.png'), {}, { onProgress: (e) => events.push(e) });
      return { events, id: image.id, sent: bytes.length };
    `);
    const seen = await receivedFor('/ok/3/upload');
    expect(got.id).toBe('abc');
    expect(got.sent).toBe(FILE_BYTES);
    // The server got the file intact inside the multipart body, and the whole body.
    expect(seen.complete).toBe(true);
    expect(seen.body.length).toBe(seen.contentLength);
    expect(seen.body.indexOf(file)).toBeGreaterThan(0);
    const { events } = got;
    console.log(`browser upload progress: ${events.length} events for ${seen.contentLength} bytes`);
    // Chromium reports upload progress every 100 ms: about 30 events at 1 MB/s (33 and 34 seen).
    expect(events.length).toBeGreaterThanOrEqual(10);
    for (const [i, e] of events.entries()) {
      expect(e.total).toBe(seen.contentLength);
      expect(e.percent).toBe(Math.floor((e.loaded * 100) / seen.contentLength));
      if (i > 0) expect(e.loaded).toBeGreaterThanOrEqual(events[i - 1]!.loaded);
    }
    expect(events.filter((e) => e.percent === 100)).toHaveLength(1);
    expect(events.at(-1)).toEqual({ loaded: seen.contentLength, total: seen.contentLength, percent: 100 });
    // Progress came while sending, not only at the end.
    expect(events.filter((e) => e.percent! > 0 && e.percent! < 100).length).toBeGreaterThanOrEqual(8);
  });

  it('caps the response at maxResponseBytes: a large body is cut off while it arrives, a small one past the cap refused', async () => {
    const got = await inPage<{ huge: string[]; small: string[] }>(`
      const { createImgurClient, upload } = ImgurCore;
      const run = async (prefix) => {
        const client = createImgurClient({ clientId: 'c', baseUrl: origin + prefix });
        const events = [];
        const error = await upload(client, new File([bytes.subarray(0, 4096)], 'a.png'), {}, { onProgress: (e) => events.push(e), maxResponseBytes: 1000 }).catch((e) => e);
        return [error.name, error.message, events.at(-1)?.percent];
      };
      return { huge: await run('/huge'), small: await run('/small-large') };
    `);
    expect(got.huge).toEqual([
      'ImgurResponseTooLargeError',
      'POST /3/upload (image.uploadImage): response body larger than maxResponseBytes (1000 bytes); the request was aborted.',
      100,
    ]);
    expect(got.small).toEqual(got.huge);
    const huge = await receivedFor('/huge/3/upload');
    expect([huge.complete, huge.answered]).toEqual([true, false]);
  });

  it('refuses a redirect, which the browser followed before it could be refused', async () => {
    const got = await inPage<[string, string]>(`
      const { createImgurClient, upload } = ImgurCore;
      const client = createImgurClient({ clientId: 'c', baseUrl: origin + '/redirect' });
      const error = await upload(client, new File([bytes.subarray(0, 4096)], 'a.png'), {}, { onProgress: () => {} }).catch((e) => e);
      return [error.name, error.message];
    `);
    expect(got).toEqual(['ImgurRedirectError', 'POST /3/upload (image.uploadImage): redirect refused: the browser build follows none.']);
    expect((await receivedFor('/redirect/3/upload')).answered).toBe(true);
    expect((await receivedFor('/moved/3/upload')).complete).toBe(true);
  });

  it('aborts the upload through the signal: ImgurAbortError, and the server sees the connection closed mid-body', async () => {
    const got = await inPage<{ name: string; events: number }>(`
      const { createImgurClient, upload } = ImgurCore;
      const client = createImgurClient({ clientId: 'c', baseUrl: origin + '/hang' });
      const controller = new AbortController();
      let events = 0;
      const onProgress = (e) => { events++; controller.abort(new Error('stop')); };
      const error = await upload(client, new File([bytes], 'a.png'), {}, { onProgress, signal: controller.signal }).catch((e) => e);
      return { name: error.name, events };
    `);
    expect(got.name).toBe('ImgurAbortError');
    expect(got.events).toBeGreaterThanOrEqual(1);
    const seen = await receivedFor('/hang/3/upload');
    expect(seen.complete).toBe(false);
    expect(seen.body.length).toBeLessThan(seen.contentLength);
  });

  it('with a custom fetch, reports one final event at 100% when the response arrives', async () => {
    const got = await inPage<{ events: Progress[]; id: string }>(`
      const { createImgurClient, upload } = ImgurCore;
      const client = createImgurClient({ clientId: 'c', baseUrl: origin + '/custom', fetch: (url, init) => fetch(url, init) });
      const events = [];
      const image = await upload(client, new File([bytes], 'a.png'), {}, { onProgress: (e) => events.push(e) });
      return { events, id: image.id };
    `);
    expect(got.id).toBe('abc');
    const seen = await receivedFor('/custom/3/upload');
    expect(seen.body.indexOf(file)).toBeGreaterThan(0);
    expect(got.events).toEqual([{ loaded: seen.contentLength, total: seen.contentLength, percent: 100 }]);
  });
});
