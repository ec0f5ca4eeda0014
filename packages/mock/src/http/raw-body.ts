import type { IncomingMessage } from 'node:http';
import { MockHttpError } from './errors.js';

/**
 * Reads the whole body, failing with 413 as soon as it passes `limit` bytes: a declared `Content-Length` over the
 * limit is refused before a byte is read, a streamed body as soon as it crosses it. The error asks for the
 * connection to be closed, so the rest of an oversized body is never read.
 */
export function readRawBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onError);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      stop();
      reject(tooLarge(limit));
    };
    const onEnd = (): void => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    const onError = (): void => {
      stop();
      reject(new MockHttpError(400, 'The request body ended early', { Connection: 'close' }));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onError);
  });
}

/** True when a request still carries a body the server has not read: an error answered now should close the connection when the body is large or of unknown size. */
export function unreadBodyNeedsClose(req: IncomingMessage, limit: number): boolean {
  if (req.complete || req.readableEnded) return false;
  const length = req.headers['content-length'];
  if (length === undefined) return req.headers['transfer-encoding'] !== undefined;
  return Number(length) > limit;
}

function tooLarge(limit: number): MockHttpError {
  return new MockHttpError(413, `Request body is too large: the limit is ${limit} bytes`, { Connection: 'close' });
}
