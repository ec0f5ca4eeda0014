/// <reference types="node" />
// The default transport on Node (the `node` export condition): node:http and
// node:https on their global keep-alive agents, which cost less CPU per request
// than Node's fetch (see BENCHMARKS.md). Never imported by the browser entry.
import { request as httpRequest, type Agent, type ClientRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { timed } from './deadline.js';
import { checkStatus, ResponseHead } from './response-head.js';
import { targetOf, toTarget, type KnownOrigin, type Target } from './target-of.js';
import type { Transport } from '../types/transport.js';
import { REDIRECTS, redirectTo } from './redirect.js';
import { tooLarge } from './read-body.js';
import { Gather } from './gather.js';
import { HELD_QUEUED, heldPieces, PIECE_BYTES, pieces, type PieceBody } from './body-pieces.js';
import { isStreamed } from './is-streamed.js';
import { isPartsBody } from './is-parts-body.js';

/** Statuses whose responses have no body. */
const NULL_BODY = [204, 205, 304];
const DECODERS: Record<string, () => Transform> = { gzip: createGunzip, 'x-gzip': createGunzip, deflate: createInflate, br: createBrotliDecompress };
/** Most content codings decoded in a row, as in fetch (undici). */
const MAX_CODINGS = 5;
/** A reused keep-alive socket may have been closed by the server just before the request: sent again on a new one, this often. */
const STALE_SOCKET_RETRIES = 2;

type Payload = PieceBody | null;

/**
 * A `Transport` over node:http and node:https that behaves like fetch for the
 * requests the pipeline makes: bodies that are strings, bytes,
 * `URLSearchParams`, Blobs or streamed bodies (both written as they are read,
 * in pieces of at most 64 KB, with `Content-Length` when the size is known and
 * chunked otherwise, reporting progress to `init.onProgress`); other bodies go to `fallback`. It
 * follows redirects by the same policy as the fetch transport (`redirectTo`:
 * same origin only, at most 20), decodes gzip, deflate and brotli counting the
 * decoded bytes against `maxBytes`, and resolves with a `ResponseHead` (its
 * `url` the final URL; a real `Response` is built from it only when asked for)
 * and the body as text. No `AbortController` and, for URLs under an origin
 * seen before, no `URL` parsing per request (see `targetOf`). A request on a reused keep-alive
 * socket that the server had closed is sent again on a new socket. `agent`
 * (an `http.Agent` or `https.Agent`, such as a proxy agent) replaces the global keep-alive agents.
 */
export function nodeTransport(fallback: Transport, agent?: object): Transport {
  const origins: KnownOrigin = ['', null];
  return (url, init, signal, timeoutMs) => {
    let payload: Payload;
    const headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'node', ...init.headers };
    const { body } = init;
    if (body == null || typeof body === 'string' || body instanceof Uint8Array || body instanceof Blob || isStreamed(body)) payload = body ?? null;
    else if (body instanceof URLSearchParams) {
      payload = String(body);
      headers['content-type'] ??= 'application/x-www-form-urlencoded;charset=UTF-8';
    } else return fallback(url, init, signal, timeoutMs);
    if (typeof payload === 'string') headers['content-type'] ??= 'text/plain;charset=UTF-8';
    if (payload instanceof Blob && payload.type) headers['content-type'] ??= payload.type;
    return timed(
      signal,
      timeoutMs,
      (deadline, touch) =>
        new Promise((resolve, reject) => {
          let req: ClientRequest | undefined;
          let done = false;
          const finish = (error: unknown, result?: [ResponseHead, string]): void => {
            if (done) return;
            done = true;
            deadline.clear();
            if (result) {
              // Answered before the body was all sent (an early error): nothing more goes out.
              if (!req?.writableFinished) req?.destroy();
              resolve(result);
            } else {
              req?.destroy();
              reject(error);
            }
          };
          // On timeout or abort: the request, its socket and its decoders are destroyed.
          deadline.onStop = finish;

          const send = (target: Target, method: string, headers: Record<string, string>, payload: Payload, redirects: number, retries: number): void => {
            const size = payload === null ? 0 : typeof payload === 'string' ? Buffer.byteLength(payload) : payload instanceof Uint8Array ? payload.length : payload.size;
            // Unknown size (a stream): no Content-Length, so node:http sends the body chunked.
            if (size !== undefined && (payload !== null || (method !== 'GET' && method !== 'HEAD'))) headers['content-length'] = String(size);
            else delete headers['content-length'];
            let responded = false;
            const { protocol, hostname, port, path, auth } = target;
            const options = { protocol, hostname, port, path, auth, method, headers, agent: agent as Agent | undefined };
            const request = (protocol === 'https:' ? httpsRequest : httpRequest)(options, (res) => {
              responded = true;
              const status = res.statusCode!;
              // Node's own header object only for a redirect: it keeps the first of repeated Location headers.
              const location = init.follow && REDIRECTS.includes(status) ? res.headers.location : undefined;
              if (location !== undefined) {
                res.resume();
                try {
                  const next = redirectTo(status, location, new URL(target.href), method, { ...headers }, payload, redirects);
                  return send(toTarget(next.url), next.method, next.headers, next.body, redirects + 1, retries);
                } catch (error) {
                  return finish(error);
                }
              }
              read(res, method, status, target, redirects > 0);
            });
            req = request;
            request.on('error', (error: NodeJS.ErrnoException) => {
              if (done || req !== request) return;
              // A streamed body cannot be sent again (one held in memory can): its request fails like any other that got no response.
              if (!responded && request.reusedSocket && error.code === 'ECONNRESET' && retries < STALE_SOCKET_RETRIES && (!isStreamed(payload) || isPartsBody(payload)))
                send(target, method, headers, payload, redirects, retries + 1);
              else finish(error);
            });
            // Closed with neither a response nor an error: a 101 (an upgrade nobody asked for) is such an end.
            request.on('close', () => responded || req !== request || finish(new Error('the connection closed without a usable response')));
            // Small bodies at once; larger ones piece by piece, each piece starting the timeout again.
            if (payload === null || (!init.onProgress && size! <= PIECE_BYTES && (typeof payload === 'string' || payload instanceof Uint8Array))) request.end(payload ?? undefined);
            else pump(request, payload, size);
          };

          // Writes a body piece by piece, waiting for the socket to take each; stops (closing the source) once this request is over.
          const pump = async (request: ClientRequest, payload: PieceBody, total: number | undefined): Promise<void> => {
            // Resolves once the socket took what was queued (or the request closed).
            const drained = (): Promise<void> =>
              new Promise<void>((resolve) => {
                const go = (): void => {
                  request.off('drain', go).off('close', go);
                  resolve();
                };
                request.on('drain', go).on('close', go);
              });
            // Writes a piece, resolving once the socket took it (or the request closed); each piece taken restarts the timeout.
            const taken = (piece: Uint8Array): Promise<void> =>
              new Promise<void>((resolve) => {
                const go = (): void => {
                  request.off('close', go);
                  resolve();
                };
                request.on('close', go);
                request.write(piece, () => {
                  touch();
                  go();
                });
              });
            let loaded = 0;
            try {
              // A body held in memory or a Blob, with no progress asked for: pieces of a megabyte (views of the caller's bytes,
              // slices of a Blob), one written while the one before goes out, so the socket always has the next and each
              // piece it takes shows the upload moving (one large write would show nothing until all of it went).
              if (!init.onProgress && (isPartsBody(payload) || payload instanceof Blob)) {
                const queued: Promise<void>[] = [];
                for await (const piece of heldPieces(payload)) {
                  if (done || req !== request || request.destroyed) return;
                  if (queued.push(taken(piece)) >= HELD_QUEUED) await queued.shift();
                }
                await Promise.all(queued);
              } else {
                for await (const piece of pieces(payload, PIECE_BYTES)) {
                  if (done || req !== request || request.destroyed) return;
                  if (!request.write(piece)) await drained();
                  loaded += piece.length;
                  touch();
                  if (loaded !== total) init.onProgress?.(loaded, total);
                }
              }
              if (done || req !== request || request.destroyed) return;
              request.end(() => init.onProgress?.(loaded, loaded));
            } catch (error) {
              if (req === request) finish(error);
            }
          };

          const read = (res: IncomingMessage, method: string, status: number, target: Target, redirected: boolean): void => {
            const head = new ResponseHead(status, res.statusMessage ?? '', res.rawHeaders, target.href, redirected);
            const codings = method === 'HEAD' || NULL_BODY.includes(status) ? null : head.get('content-encoding');
            const decoders: Transform[] = [];
            const layers = codings ? codings.toLowerCase().split(',').reverse() : [];
            // As fetch (undici) does: each decoder holds its own window, and a header can name thousands.
            if (layers.length > MAX_CODINGS) {
              res.destroy();
              finish(new Error(`the response names ${layers.length} content codings; at most ${MAX_CODINGS} are decoded`));
              return;
            }
            for (const coding of layers) {
              const make = DECODERS[coding.trim()];
              if (!make) break;
              decoders.push(make());
            }
            // Every stream is listened to for its whole life: a decoder reports a body that stops early when it is flushed,
            // after the response has ended, and an 'error' nobody listens to would end the process.
            const fail = (error: unknown): void => {
              for (const decoder of decoders) decoder.destroy();
              finish(error);
            };
            res.on('error', fail);
            // A connection closed before the end of a body of known length: 'aborted' and an error on current Node, only 'close' on some.
            res.on('close', () => res.complete || fail(new Error('the connection closed before the end of the response body')));
            let stream: NodeJS.ReadableStream = res;
            for (const decoder of decoders) stream = stream.pipe(decoder.on('error', fail));
            // Gathered into one buffer as they come: a body in tiny pieces costs its bytes, not an object per piece.
            const gathered = new Gather(init.maxBytes);
            stream.on('data', (chunk: Buffer) => {
              // Past the limit: finish() destroys the request and its socket, fail() the decoders; nothing more is kept.
              if (gathered.size + chunk.length > init.maxBytes) fail(tooLarge(init.maxBytes));
              else gathered.add(chunk);
            });
            stream.on('end', () => {
              let text: string;
              try {
                // A status fetch could not report (such as 600 or over) fails as it would there.
                checkStatus(status);
                const bytes = gathered.bytes();
                text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString();
              } catch (error) {
                return finish(error);
              }
              if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
              finish(undefined, [head, text]);
            });
          };

          try {
            send(targetOf(url, origins), init.method, headers, payload, 0, 0);
          } catch (error) {
            finish(error);
          }
        }),
    );
  };
}
