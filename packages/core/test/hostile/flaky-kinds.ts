// The answers of a flaky server, written on raw sockets (node:net) so that
// they can break HTTP itself: every way a body can stop early (four content
// codings by three framings, cut or reset), empty and truncated JSON, broken
// status lines and headers, two responses on one socket, an unasked upgrade,
// and hostile error bodies; plus complete answers the client must read.
import type { Socket } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';

/** What a client must make of a kind: `valid` succeeds with `BODY`'s data; `broken` fails with an `ImgurError`; `either` may do both (but never with other data). */
export type Want = 'valid' | 'broken' | 'either';

/**
 * One answer: what the client must make of it, how the server writes it on
 * the request's socket, and whether the socket may stay open afterwards (a
 * complete answer on a kept-alive connection, which a client may keep in its
 * pool); after any other answer, the client must close the socket.
 */
export interface Kind {
  readonly want: Want;
  readonly write: (socket: Socket) => void;
  readonly reusable?: boolean;
  /** A short timeout for the calls of this kind: their answer never ends, so only the timeout can end them. */
  readonly timeoutMs?: number;
}

/** A body that compresses little (so that half of its compressed bytes is about half of it), the same on every run. */
let seed = 1;
const noise = Array.from({ length: 600 }, () => {
  seed = (seed * 48_271) % 2_147_483_647;
  return String.fromCharCode(97 + (seed % 26));
}).join('');
/** The data of every complete answer. */
export const DATA = { id: 'abc', title: noise };
const BODY = Buffer.from(JSON.stringify({ data: DATA, success: true, status: 200 }));

/** `BODY` in each content coding, compressed once. */
const CODINGS: Record<string, Buffer> = { gzip: gzipSync(BODY), deflate: deflateSync(BODY), br: brotliCompressSync(BODY), identity: BODY };
const twiceGzipped = gzipSync(CODINGS.gzip!).subarray(0, 40);
/** `BODY` gzipped, with one byte of its deflate data flipped. */
const corrupt = Buffer.from(CODINGS.gzip!).fill(0x55, 30, 31);
const head = (lines: string) => `HTTP/1.1 ${lines}\r\n\r\n`;

/** A body of `coding` framed by `framing`: cut after `cut` bytes (undefined: whole), and ended cleanly or by a reset. */
function framed(coding: string, framing: 'length' | 'chunked' | 'close', cut: number | undefined, end: 'end' | 'reset'): (socket: Socket) => void {
  const full = CODINGS[coding]!;
  const body = cut === undefined ? full : full.subarray(0, cut);
  const encoding = coding === 'identity' ? '' : `\r\ncontent-encoding: ${coding}`;
  const frame = { length: `content-length: ${full.length}`, chunked: 'transfer-encoding: chunked', close: 'connection: close' }[framing];
  return (socket) => {
    socket.write(head(`200 OK\r\ncontent-type: application/json${encoding}\r\n${frame}`));
    // A chunked body cut short claims its whole length in the chunk header, then stops.
    socket.write(framing === 'chunked' ? Buffer.concat([Buffer.from(`${full.length.toString(16)}\r\n`), body, Buffer.from(cut === undefined ? '\r\n0\r\n\r\n' : '')]) : body);
    if (end === 'reset') setTimeout(() => socket.resetAndDestroy(), 2);
    else if (cut !== undefined || framing === 'close') socket.end();
  };
}

/** A complete JSON answer of `status` with `text` as its body, kept alive. */
const answer =
  (status: string, text: string, headers = 'content-type: application/json') =>
  (socket: Socket): void =>
    void socket.write(head(`${status}\r\n${headers}\r\ncontent-length: ${Buffer.byteLength(text)}`) + text);

/** A body that never ends: 16 KiB at a time, as fast as the client takes them, until the client closes the socket. */
function endless(socket: Socket): void {
  const chunk = Buffer.alloc(16 * 1024, 'a');
  socket.write(head('200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked'));
  const pump = (): void => {
    while (!socket.destroyed && socket.write(`4000\r\n${chunk}\r\n`));
    if (!socket.destroyed) socket.once('drain', pump);
  };
  pump();
}

const wideError = `{${Array.from({ length: 500 }, (_, i) => `"k${i}":1`).join(',')},"data":{"error":"wide"},"status":400}`;
const deepError = `{"data":{"error":${'['.repeat(500)}${']'.repeat(500)}},"status":400}`;

/** Every kind, by name. */
export const KINDS: Record<string, Kind> = {};
for (const coding of Object.keys(CODINGS)) {
  const half = Math.floor(CODINGS[coding]!.length / 2);
  for (const framing of ['length', 'chunked', 'close'] as const) {
    KINDS[`${coding}-${framing}-whole`] = { want: 'valid', write: framed(coding, framing, undefined, 'end'), reusable: framing !== 'close' };
    KINDS[`${coding}-${framing}-cut`] = { want: 'broken', write: framed(coding, framing, half, 'end') };
    KINDS[`${coding}-${framing}-reset`] = { want: 'broken', write: framed(coding, framing, half, 'reset') };
    KINDS[`${coding}-${framing}-empty`] = { want: 'broken', write: framed(coding, framing, 0, 'end') };
  }
}
Object.assign(KINDS, {
  'empty-200': { want: 'broken', write: answer('200 OK', ''), reusable: true },
  'truncated-json-200': { want: 'broken', write: answer('200 OK', '{"data":{"id":"ab'), reusable: true },
  'html-502': { want: 'broken', write: answer('502 Bad Gateway', '<html>Bad Gateway</html>', 'content-type: text/html'), reusable: true },
  'wide-error-400': { want: 'broken', write: answer('400 Bad Request', wideError), reusable: true },
  'deep-error-400': { want: 'broken', write: answer('400 Bad Request', deepError), reusable: true },
  // Both at once: a second response that comes later, after the client sent its next request on the socket, is HTTP/1.1's own blind spot.
  'two-responses': { want: 'valid', write: (s: Socket) => s.write(`${head(`200 OK\r\ncontent-length: ${BODY.length}`) + BODY + head('200 OK\r\ncontent-length: 2')}{}`) },
  'close-at-once': { want: 'broken', write: (s: Socket) => s.end() },
  'reset-at-once': { want: 'broken', write: (s: Socket) => s.resetAndDestroy() },
  'headers-then-close': { want: 'broken', write: (s: Socket) => s.end(head('200 OK\r\ncontent-length: 100')) },
  'half-headers-then-close': { want: 'broken', write: (s: Socket) => s.end('HTTP/1.1 200 OK\r\ncontent-le') },
  'garbage-status': { want: 'broken', write: (s: Socket) => s.end(`${head('2x0 OK\r\ncontent-length: 2')}{}`) },
  'not-http': { want: 'broken', write: (s: Socket) => s.end('SSH-2.0-OpenSSH\r\n\r\n') },
  'status-999': { want: 'broken', write: answer('999 Odd', '{}'), reusable: true },
  'unasked-upgrade': { want: 'broken', write: (s: Socket) => s.write(head('101 Switching Protocols\r\nupgrade: x\r\nconnection: upgrade')) },
  'continue-then-close': { want: 'broken', write: (s: Socket) => s.end(head('100 Continue')) },
  'bad-chunk-size': { want: 'broken', write: (s: Socket) => s.end(`${head('200 OK\r\ntransfer-encoding: chunked')}zz\r\n{}\r\n`) },
  'length-and-chunked': { want: 'broken', write: (s: Socket) => s.end(`${head('200 OK\r\ntransfer-encoding: chunked\r\ncontent-length: 5')}2\r\n{}\r\n0\r\n\r\n`) },
  'bad-length': { want: 'broken', write: (s: Socket) => s.end(`${head('200 OK\r\ncontent-length: 1x')}{}`) },
  'nul-in-header': { want: 'broken', write: (s: Socket) => s.end(`${head('200 OK\r\nx-a: a\0b\r\ncontent-length: 2')}{}`) },
  'header-flood': { want: 'broken', write: (s: Socket) => s.end(head(`200 OK\r\nx-a: ${'a'.repeat(100_000)}`)) },
  'corrupt-gzip': { want: 'broken', write: (s: Socket) => s.end(`${head('200 OK\r\ncontent-encoding: gzip\r\ncontent-length: 10')}0123456789`) },
  'gzip-twice-cut': {
    want: 'broken',
    write: (s: Socket) => s.end(Buffer.concat([Buffer.from(head('200 OK\r\ncontent-encoding: gzip, gzip\r\nconnection: close')), twiceGzipped])),
  },
  // Followed (within the origin) on node:http and fetch, whatever its own body; refused by the browser build.
  'redirect-body-cut': { want: 'either', write: (s: Socket) => s.end(`${head('302 Found\r\nlocation: /k/identity-length-whole/0\r\ncontent-length: 100')}short`) },
  'redirect-to-broken': {
    want: 'broken',
    write: (s: Socket) => s.end(`${head('307 Temporary Redirect\r\nlocation: /k/gzip-close-cut/0\r\ncontent-encoding: gzip\r\ncontent-length: 3')}xyz`),
  },
  // Only the client can end these: past its maxResponseBytes, and at its timeout.
  'endless-body': { want: 'broken', write: endless },
  'stalled-body': { want: 'broken', write: (s: Socket) => s.write(`${head('200 OK\r\ncontent-length: 100')}{"data":`), timeoutMs: 500 },
  // Node 20's fetch never ends such a body (nor heeds the abort): the call ends at its timeout there, at once on node:http.
  'gzip-close-corrupt': {
    want: 'broken',
    write: (s: Socket) => s.end(Buffer.concat([Buffer.from(head('200 OK\r\ncontent-encoding: gzip\r\nconnection: close')), corrupt])),
    timeoutMs: 500,
  },
  'seven-codings': { want: 'broken', write: answer('200 OK', '{}', `content-encoding: ${Array(7).fill('gzip').join(', ')}`), reusable: true },
  '204-with-body': { want: 'either', write: (s: Socket) => s.end(`${head('204 No Content\r\ncontent-length: 5\r\nconnection: close')}hello`) },
  'stall-then-reset': { want: 'broken', write: (s: Socket) => setTimeout(() => s.resetAndDestroy(), 20) },
} satisfies Record<string, Kind>);
