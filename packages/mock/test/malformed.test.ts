import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../src/server.js';
import { CLIENT, fixture } from './helpers.js';
import type { MockServer } from '../src/types.js';

// Malformed, oversized and odd requests, sent as raw bytes over TCP: every one gets a 4xx
// answer in Imgur's error envelope, and the server answers a normal request right after.

const LIMIT = 64 * 1024;
let server: MockServer;
let port = 0;
const uncaught: unknown[] = [];
const record = (e: unknown): void => void uncaught.push(e);

beforeAll(async () => {
  process.on('uncaughtException', record);
  process.on('unhandledRejection', record);
  // Started here, not with start(): that helper closes its servers after every test.
  server = await startMockServer({ spec: fixture, limits: { maxBodyBytes: LIMIT, maxImageBytes: LIMIT } });
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server.close();
  process.off('uncaughtException', record);
  process.off('unhandledRejection', record);
});

interface Raw {
  status: number;
  headers: string;
  body: string;
  ms: number;
}

/** Writes raw bytes on a fresh connection and reads until the server closes it (or 5 s pass: then status 0). */
function raw(bytes: string | Buffer | (string | Buffer)[], halfClose = true): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = (): void => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      let body = rest.join('\r\n\r\n');
      if (/transfer-encoding: chunked/i.test(head)) body = body.replace(/^[0-9a-f]+\r\n|\r\n[0-9a-f]+\r\n|\r\n0\r\n\r\n$/gi, '');
      resolve({ status, headers: head, body: Buffer.from(body, 'latin1').toString('utf8'), ms: performance.now() - started });
    };
    const timer = setTimeout(() => {
      socket.destroy();
      done();
    }, 5_000);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('close', done);
    socket.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' || e.code === 'EPIPE' ? undefined : reject(e)));
    socket.on('connect', () => {
      for (const part of Array.isArray(bytes) ? bytes : [bytes]) socket.write(part);
      if (halfClose) socket.end();
    });
  });
}

const req = (line: string, headers: string[], body = ''): string =>
  `${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n${headers.map((h) => `${h}\r\n`).join('')}${body ? `Content-Length: ${Buffer.byteLength(body)}\r\n` : ''}\r\n${body}`;
const auth = `Authorization: ${CLIENT}`;
const multipart = (boundary: string, parts: string): string => `--${boundary}\r\n${parts}`;

const cases: [string, () => string | Buffer | (string | Buffer)[]][] = [
  ['invalid JSON', () => req('POST /3/image', [auth, 'Content-Type: application/json'], '{"image": "abc", ')],
  ['JSON that is only a NUL byte', () => req('POST /3/image', [auth, 'Content-Type: application/json'], '\u0000')],
  ['invalid UTF-8 in a JSON body', () => [req('POST /3/image', [auth, 'Content-Type: application/json', 'Content-Length: 4']), Buffer.from([0x22, 0xff, 0xfe, 0x22])]],
  [
    'truncated multipart',
    () => req('POST /3/image', [auth, 'Content-Type: multipart/form-data; boundary=XyZ'], multipart('XyZ', 'Content-Disposition: form-data; name="image"\r\n\r\nabc')),
  ],
  [
    'multipart without a boundary parameter',
    () => req('POST /3/image', [auth, 'Content-Type: multipart/form-data'], multipart('XyZ', 'Content-Disposition: form-data; name="image"\r\n\r\nabc\r\n--XyZ--\r\n')),
  ],
  [
    'multipart whose body uses another boundary',
    () =>
      req('POST /3/image', [auth, 'Content-Type: multipart/form-data; boundary=AAA'], multipart('BBB', 'Content-Disposition: form-data; name="image"\r\n\r\nabc\r\n--BBB--\r\n')),
  ],
  [
    'multipart with a 1000-character boundary',
    () =>
      req(
        'POST /3/image',
        [auth, `Content-Type: multipart/form-data; boundary=${'b'.repeat(1000)}`],
        multipart('b'.repeat(1000), 'Content-Disposition: form-data; name="image"\r\n\r\nabc\r\n--x--\r\n'),
      ),
  ],
  ['wrong content type', () => req('POST /3/image', [auth, 'Content-Type: text/plain'], 'image=abc')],
  ['a content type that is only parameters', () => req('POST /3/image', [auth, 'Content-Type: ;;;=;'], 'image=abc')],
  ['bad percent-encoding in a form body', () => req('POST /3/image', [auth, 'Content-Type: application/x-www-form-urlencoded'], 'image=%E0%A4%A&title=%zz')],
  ['bad percent-encoding in the path', () => req('GET /3/image/%E0%A4%A%zz', [auth])],
  ['bad percent-encoding in the query', () => req('GET /3/gallery/hot/viral/day/0?showViral=%zz%', [auth])],
  ['a body beyond the limit (declared)', () => req('POST /3/image', [auth, 'Content-Type: application/x-www-form-urlencoded'], `image=${'a'.repeat(LIMIT + 10)}`)],
  [
    'a chunked body beyond the limit',
    () => [
      req('POST /3/image', [auth, 'Content-Type: application/x-www-form-urlencoded', 'Transfer-Encoding: chunked']),
      ...Array.from({ length: 20 }, () => `2000\r\n${'a'.repeat(0x2000)}\r\n`),
      '0\r\n\r\n',
    ],
  ],
  ['duplicate Content-Type headers', () => req('POST /3/image', [auth, 'Content-Type: application/json', 'Content-Type: text/plain'], '{"image":"a"}')],
  ['a 20 KB header', () => req('GET /3/credits', [auth, `X-Big: ${'h'.repeat(20_000)}`])],
  ['2000 headers', () => req('GET /3/credits', [auth, ...Array.from({ length: 2000 }, (_v, i) => `X-H${i}: ${i}`)])],
  ['a header with a control character', () => req('GET /3/credits', [auth, 'X-Odd: a\u0001b'])],
  ['a header line without a colon', () => req('GET /3/credits', [auth, 'NoColonHere'])],
  ['an invalid method', () => req('FROB /3/credits HTTP/1.1', [auth])],
  ['a method with a NUL byte', () => req('G\u0000T /3/credits HTTP/1.1', [auth])],
  ['an 8 KB path', () => req(`GET /3/${'a/'.repeat(4000)}`, [auth])],
  ['a path climbing out with ..', () => req('GET /3/../../../etc/passwd', [auth])],
  ['an asterisk target', () => req('GET *', [auth])],
  ['a target that is not a URL', () => req('GET //[', [auth])],
  ['a NUL in the path', () => req('GET /3/image/%00', [auth])],
  ['garbage instead of HTTP', () => Buffer.from([0x16, 0x03, 0x01, 0x00, 0xff, 0x01, 0x00, 0x00, 0x00])],
  ['HTTP/9.9', () => req('GET /3/credits HTTP/9.9', [auth])],
];

// Odd but valid HTTP: any answer in the envelope, never a 5xx (Node keeps the first Authorization
// header; RFC 9112 requires servers to accept absolute-form targets).
const odd: [string, () => string][] = [
  ['duplicate Authorization headers', () => req('GET /3/credits', [auth, 'Authorization: Bearer x'])],
  ['an absolute-form target on another host', () => req('GET http://evil.example/3/credits', [auth])],
  ['a header value of 8 KB', () => req('GET /3/credits', [auth, `X-Long: ${'v'.repeat(8_000)}`])],
];

function fixLine(text: string): string {
  // req() appends the path to a request line; the callers that give a full line with a version keep theirs.
  return text.replace(/^(\S+ \S+) HTTP\/1\.1 (HTTP\/\d\.\d)/, '$1 $2').replace(/^(\S+ \S+)\r\n/, '$1 HTTP/1.1\r\n');
}

const seen: [string, number, number][] = [];

async function expectServing(): Promise<void> {
  const next = await fetch(`${server.url}/3/credits`, { headers: { authorization: CLIENT } });
  expect(next.status).toBe(200);
  expect(((await next.json()) as { success: boolean }).success).toBe(true);
  expect(uncaught).toEqual([]);
}

async function send(name: string, payload: string | Buffer | (string | Buffer)[], halfClose = true): Promise<Raw> {
  const bytes = Array.isArray(payload) ? payload.map((p, i) => (i === 0 && typeof p === 'string' ? fixLine(p) : p)) : typeof payload === 'string' ? fixLine(payload) : payload;
  const answer = await raw(bytes, halfClose);
  seen.push([name, answer.status, answer.ms]);
  return answer;
}

function envelopeOf(answer: Raw): { success: boolean; status: number; data: unknown } {
  const envelope = JSON.parse(answer.body) as { success: boolean; status: number; data: unknown };
  expect(envelope.status).toBe(answer.status);
  return envelope;
}

describe('the mock under malformed, oversized and odd requests', () => {
  afterAll(() => {
    console.info(
      `mock malformed: ${seen.length} cases, statuses ${JSON.stringify(Object.fromEntries(seen.map(([n, s]) => [n, s])))}, slowest ${Math.max(...seen.map((s) => s[2])).toFixed(0)} ms`,
    );
  });

  it.each(cases)('given %s -> a 4xx Imgur error envelope, then a normal answer', async (name, build) => {
    const answer = await send(name, build());
    expect(answer.status, answer.headers).toBeGreaterThanOrEqual(400);
    expect(answer.status, answer.headers).toBeLessThan(500);
    const envelope = envelopeOf(answer) as { success: boolean; data: { error: unknown } };
    expect(envelope.success).toBe(false);
    expect(typeof envelope.data.error).toBe('string');
    await expectServing();
  });

  it.each(odd)('given %s -> an answer in the envelope, not a 5xx, then a normal answer', async (name, build) => {
    const answer = await send(name, build());
    expect(answer.status, answer.headers).toBeGreaterThanOrEqual(200);
    expect(answer.status, answer.headers).toBeLessThan(500);
    envelopeOf(answer);
    await expectServing();
  });

  it('given a client that sends part of its body and goes away -> no crash, the next client is served', async () => {
    const partial = req('POST /3/image', [auth, 'Content-Type: application/json', 'Content-Length: 100']).concat('{"image":');
    const answer = await send('a body shorter than its Content-Length, then a closed socket', partial);
    expect(answer.status === 0 || (answer.status >= 400 && answer.status < 500)).toBe(true);
    await expectServing();
  });

  it('given 50 malformed requests at once -> every one answered with a 4xx within 5 s, then a normal answer', async () => {
    const all = await Promise.all(Array.from({ length: 50 }, (_v, i) => send(`burst ${i}`, (cases[i % cases.length] as (typeof cases)[number])[1]())));
    expect(all.map((a) => a.status).filter((s) => s < 400 || s >= 500)).toEqual([]);
    await expectServing();
  });
});
