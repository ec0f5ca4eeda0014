import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorEnvelope } from './envelope.js';

/**
 * Answers a request Node's HTTP parser rejected (bad request line, method, header or
 * version; headers over the size limit) with Imgur's error envelope, then closes the
 * connection (at the latest 1 s later): 431 for oversized headers, 408 for a header
 * timeout, 400 otherwise.
 */
export function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || err.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const message = status === 431 ? 'Request header fields are too large' : status === 408 ? 'Request timed out' : `Malformed HTTP request (${err.code ?? 'parse error'})`;
  const body = JSON.stringify(errorEnvelope(message, '', '', status));
  // A client that never reads or closes must not hold the socket: it is destroyed after 1 s.
  const timer = setTimeout(() => socket.destroy(), 1_000).unref();
  socket.once('close', () => clearTimeout(timer));
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
