import { request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { describe, expect, test } from 'vitest';
import { BEARER, CLIENT, call, start } from '../helpers.js';
import type { MockServer } from '../../src/types.js';

/** One raw request: the body is written in `chunks` (a declared length may promise more than is sent). */
function raw(
  s: MockServer,
  method: string,
  path: string,
  headers: Record<string, string | number>,
  chunks: readonly Buffer[],
  endBody = true,
): Promise<{ status: number; body: { data: { error: string } } }> {
  return new Promise((resolve, reject) => {
    const req = request(`${s.url}${path}`, { method, headers }, (res) => {
      const got: Buffer[] = [];
      res.on('data', (c: Buffer) => got.push(c));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(got).toString('utf8')) });
        req.destroy();
      });
    });
    req.on('error', reject);
    for (const c of chunks) req.write(c);
    if (endBody) req.end();
  });
}

/** Sends the hostile request, then a normal one while it is in flight; resolves both and the normal one's latency. */
async function alongside<T>(s: MockServer, hostile: () => Promise<T>): Promise<{ hostile: T; normalMs: number }> {
  const pending = hostile();
  await new Promise((r) => setImmediate(r));
  const t0 = performance.now();
  const normal = await call(s, 'GET', '/3/credits', { auth: CLIENT });
  const normalMs = performance.now() - t0;
  expect(normal.status).toBe(200);
  return { hostile: await pending, normalMs };
}

/**
 * Sends the hostile request and, until it is answered, a normal request due every 20 ms, one at a time: resolves the
 * hostile answer and the worst time from a normal request's due time to its answer. The server runs in this process,
 * so a stall while it works on the hostile body delays the normal request due (or in flight) by all of it.
 */
async function probed<T>(s: MockServer, hostile: () => Promise<T>): Promise<{ hostile: T; worstMs: number; probes: number }> {
  let done = false;
  const pending = hostile().finally(() => {
    done = true;
  });
  let worstMs = 0;
  let probes = 0;
  while (!done) {
    const due = performance.now() + 20;
    await new Promise((r) => setTimeout(r, 20));
    const normal = await call(s, 'GET', '/3/credits', { auth: CLIENT });
    worstMs = Math.max(worstMs, performance.now() - due);
    probes++;
    expect(normal.status).toBe(200);
  }
  return { hostile: await pending, worstMs, probes };
}

/**
 * Longest a normal request may wait beside a hostile one. One pass over the largest bodies here takes
 * a few hundred ms on a quiet 2-core machine and up to 1.3 s at a load average of 10; the unbounded
 * parsers this guards against took 3.4 s to 170 s.
 */
const STALL_MS = 2000;

const form = 'application/x-www-form-urlencoded';
const idsBody = (n: number): Buffer => Buffer.from(Array.from({ length: n }, (_, i) => `ids[]=${i.toString(36).padStart(3, 'a')}`).join('&'));

function multipartBody(parts: number): { type: string; body: Buffer } {
  const b = 'bnd';
  const one = `--${b}\r\nContent-Disposition: form-data; name="ids[]"\r\n\r\nabc\r\n`;
  return { type: `multipart/form-data; boundary=${b}`, body: Buffer.from(`${one.repeat(parts)}--${b}--\r\n`) };
}

describe('no request keeps the mock from serving others for 2 s; over-limit requests get a clear 4xx', () => {
  test('an unauthenticated 40,000-field body (320 KB) is refused with 401 before it is read', async () => {
    const s = await start();
    const body = idsBody(40_000);
    expect(body.length).toBeGreaterThan(300_000);
    const r = await alongside(s, () => raw(s, 'POST', '/3/album', { 'content-type': form, 'content-length': body.length }, [body]));
    expect(r.hostile.status).toBe(401);
    expect(r.normalMs).toBeLessThan(STALL_MS);
  });

  test('an authenticated 40,000-field body gets 400 naming the field limit', async () => {
    const s = await start();
    const body = idsBody(40_000);
    const r = await alongside(s, () => raw(s, 'POST', '/3/album', { authorization: CLIENT, 'content-type': form, 'content-length': body.length }, [body]));
    expect(r.hostile.status).toBe(400);
    expect(r.hostile.body.data.error).toBe('Too many fields in the request body: at most 1000 are read (limits.maxFields)');
    expect(r.normalMs).toBeLessThan(STALL_MS);
  });

  test('a 20,000-part multipart body gets 400 naming the part limit', async () => {
    const s = await start();
    const { type, body } = multipartBody(20_000);
    const r = await alongside(s, () => raw(s, 'POST', '/3/album', { authorization: BEARER, 'content-type': type, 'content-length': body.length }, [body]));
    expect(r.hostile.status).toBe(400);
    expect(r.hostile.body.data.error).toBe('Too many parts in the multipart body: at most 1000 are read (limits.maxParts)');
    expect(r.normalMs).toBeLessThan(STALL_MS);
  });

  test('a body declaring 1 GB is refused before it is sent: 401 without credentials, 413 with them', async () => {
    const s = await start();
    const headers = { 'content-type': form, 'content-length': 1024 ** 3 };
    const first = Buffer.alloc(64 * 1024, 'a');
    const anon = await alongside(s, () => raw(s, 'POST', '/3/upload', headers, [first], false));
    expect(anon.hostile.status).toBe(401);
    expect(anon.normalMs).toBeLessThan(STALL_MS);
    const authed = await alongside(s, () => raw(s, 'POST', '/3/upload', { ...headers, authorization: CLIENT }, [first], false));
    expect(authed.hostile.status).toBe(413);
    expect(authed.hostile.body.data.error).toBe('Request body is too large: the limit is 16777216 bytes');
    expect(authed.normalMs).toBeLessThan(STALL_MS);
  });

  test('a chunked body that passes the limit gets 413 as soon as it does, without being read to its end', async () => {
    const s = await start({ limits: { maxBodyBytes: 100_000 } });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const r = await alongside(s, () => raw(s, 'POST', '/3/upload', { authorization: CLIENT, 'content-type': form, 'transfer-encoding': 'chunked' }, [chunk, chunk], false));
    expect(r.hostile.status).toBe(413);
    expect(r.normalMs).toBeLessThan(STALL_MS);
  });

  test('a query string of 3,000 parameters gets 400 naming the limit; 1,000 are read', async () => {
    const s = await start();
    const q = (n: number): string => Array.from({ length: n }, () => 'a').join('&');
    const r = await alongside(s, () => call(s, 'GET', `/3/credits?${q(3000)}`, { auth: CLIENT }));
    expect(r.hostile.status).toBe(400);
    expect(r.hostile.json.data.error).toBe('Too many fields in the request query string: at most 1000 are read (limits.maxFields)');
    expect(r.normalMs).toBeLessThan(STALL_MS);
    expect((await call(s, 'GET', `/3/credits?${q(1000)}`, { auth: CLIENT })).status).toBe(200);
  });

  test('bodies at the limits (1,000 fields, 1,000 parts) are read whole while others are served', async () => {
    const s = await start();
    // Warm up: the first request of an operation compiles its schemas (a one-time cost, not the body's).
    await call(s, 'POST', '/3/album', { auth: BEARER, headers: { 'content-type': form }, body: 'ids[]=x' });
    await call(s, 'GET', '/3/credits', { auth: CLIENT });
    const fields = idsBody(1000);
    const f = await alongside(s, () => raw(s, 'POST', '/3/album', { authorization: BEARER, 'content-type': form, 'content-length': fields.length }, [fields]));
    expect(f.hostile.body.data.error).toMatch(/^Invalid field `ids\[\]`: no image with the id /);
    expect(f.normalMs).toBeLessThan(STALL_MS);
    const { type, body } = multipartBody(1000);
    const m = await alongside(s, () => raw(s, 'POST', '/3/album', { authorization: BEARER, 'content-type': type, 'content-length': body.length }, [body]));
    expect(m.hostile.body.data.error).toBe('Invalid field `ids[]`: no image with the id abc');
    expect(m.normalMs).toBeLessThan(STALL_MS);
  });

  test('JSON bodies: 50,000 members get 400 naming the field limit, 200,000 open brackets 400 before they are parsed', async () => {
    const s = await start();
    const headers = { authorization: BEARER, 'content-type': 'application/json' };
    const wide = Buffer.from(JSON.stringify(Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, 1]))));
    const w = await alongside(s, () => raw(s, 'POST', '/3/album', { ...headers, 'content-length': wide.length }, [wide]));
    expect(w.hostile.body.data.error).toBe('Too many fields in the request body: at most 1000 are read (limits.maxFields)');
    expect(w.normalMs).toBeLessThan(STALL_MS);
    const deep = Buffer.from('['.repeat(200_000));
    const d = await alongside(s, () => raw(s, 'POST', '/3/album', { ...headers, 'content-length': deep.length }, [deep]));
    expect([d.hostile.status, d.hostile.body.data.error]).toEqual([400, 'The JSON body nests deeper than 32 levels']);
    expect(d.normalMs).toBeLessThan(STALL_MS);
  });

  test('limits are options: with maxFields 5000 a body of 2,000 ids[] is read', async () => {
    const s = await start({ limits: { maxFields: 5000 } });
    const r = await call(s, 'POST', '/3/album', { auth: BEARER, headers: { 'content-type': form }, body: idsBody(2000).toString('utf8') });
    // Read whole: the answer is about the first id, which names no image.
    expect(r.status).toBe(400);
    expect(r.json.data.error).toMatch(/^Invalid field `ids\[\]`: no image with the id /);
  });

  // The bodies below are those of an outside attack; before the text was scanned they kept the mock busy for 1.3-8 s.
  const json = { authorization: CLIENT, 'content-type': 'application/json' };

  test('one JSON object of 1,000,000 members (12 MB) is refused with 400 before it is parsed, on /3/album and /3/upload', async () => {
    const s = await start();
    const wide = Buffer.from(`{${Array.from({ length: 1_000_000 }, (_, i) => `"k${i}":1`).join(',')}}`);
    expect(wide.length).toBeGreaterThan(11_000_000);
    for (const path of ['/3/album', '/3/upload']) {
      const r = await probed(s, () => raw(s, 'POST', path, { ...json, 'content-length': wide.length }, [wide]));
      expect([r.hostile.status, r.hostile.body.data.error]).toEqual([400, 'Too many fields in the request body: at most 1000 are read (limits.maxFields)']);
      expect(r.probes).toBeGreaterThan(0);
      expect(r.worstMs).toBeLessThan(STALL_MS);
    }
  });

  test('a JSON array of 3,000,000 empty objects (9 MB) is refused with 400 before it is parsed', async () => {
    const s = await start();
    const items = Buffer.from(`[${Array(3_000_000).fill('{}').join(',')}]`);
    const r = await probed(s, () => raw(s, 'POST', '/3/upload', { ...json, 'content-length': items.length }, [items]));
    expect([r.hostile.status, r.hostile.body.data.error]).toEqual([400, 'Too many fields in the request body: at most 1000 are read (limits.maxFields)']);
    expect(r.worstMs).toBeLessThan(STALL_MS);
  });

  test('commas, brackets and escapes inside JSON strings are not counted: 1,000 members holding them are read', async () => {
    const s = await start({ limits: { maxFields: 1000 } });
    const tricky = 'a,b,[c],{d},\\",\\\\'.repeat(50);
    const body = JSON.stringify({ title: tricky, description: tricky, ids: Array.from({ length: 997 }, (_, i) => `x${i}`) });
    const r = await call(s, 'POST', '/3/album', { auth: BEARER, headers: { 'content-type': 'application/json' }, body });
    // Read whole: the answer is about the first id, which names no image.
    expect([r.status, r.json.data.error]).toEqual([400, 'Invalid field `ids[]`: no image with the id x0']);
    const over = JSON.stringify({ title: tricky, ids: Array.from({ length: 1000 }, (_, i) => `x${i}`) });
    const o = await call(s, 'POST', '/3/album', { auth: BEARER, headers: { 'content-type': 'application/json' }, body: over });
    expect([o.status, o.json.data.error]).toEqual([400, 'Too many fields in the request body: at most 1000 are read (limits.maxFields)']);
  });

  test('15 MB of base64 with whitespace after every character is checked in one pass and refused as a corrupt image', async () => {
    const s = await start();
    const spaced = Buffer.from(`R0lGODlh${'A \n'.repeat(5 * 1024 * 1024)}`);
    const r = await probed(s, () => raw(s, 'POST', '/3/image', { authorization: CLIENT, 'content-type': 'text/plain', 'content-length': spaced.length }, [spaced]));
    expect([r.hostile.status, r.hostile.body.data.error]).toEqual([400, 'Image format not supported, or image is corrupt.']);
    expect(r.worstMs).toBeLessThan(STALL_MS);
  });

  test('a 15 MB form value of `+` (spaces) is decoded in one pass, and its base64 too: refused as a corrupt image', async () => {
    const s = await start();
    const plus = Buffer.from(`image=R0lGODlh${'+'.repeat(15 * 1024 * 1024)}`);
    const r = await probed(s, () => raw(s, 'POST', '/3/upload', { authorization: CLIENT, 'content-type': form, 'content-length': plus.length }, [plus]));
    expect([r.hostile.status, r.hostile.body.data.error]).toEqual([400, 'Image format not supported, or image is corrupt.']);
    expect(r.worstMs).toBeLessThan(STALL_MS);
  });
});
