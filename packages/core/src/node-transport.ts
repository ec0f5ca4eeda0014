/// <reference types="node" />
// The default transport on Node (the `node` export condition): node:http and
// node:https on their global keep-alive agents, which cost less CPU per request
// than Node's fetch (see BENCHMARKS.md). Never imported by the browser entry.
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable, finished, pipeline, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { TIMED_OUT, type Transport } from './transport.js';

/** Statuses whose responses have no body. */
const NULL_BODY = [204, 205, 304];
const REDIRECTS = [301, 302, 303, 307, 308];
const DECODERS: Record<string, () => Transform> = { gzip: createGunzip, 'x-gzip': createGunzip, deflate: createInflate, br: createBrotliDecompress };
/** A reused keep-alive socket may have been closed by the server just before the request: sent again on a new one, this often. */
const STALE_SOCKET_RETRIES = 2;

type Payload = string | Uint8Array | Blob | null;

/**
 * A `Transport` over node:http and node:https that behaves like fetch for the
 * requests the pipeline makes: bodies that are strings, bytes,
 * `URLSearchParams` or Blobs (streamed); other bodies go to `fallback`. It
 * follows up to 20 redirects as fetch does (303, and 301/302 after a POST,
 * become a GET without body; `Authorization` is dropped across origins),
 * decodes gzip, deflate and brotli, and resolves with a real `Response` (its
 * `url` the final URL) and the body as text. A request on a reused keep-alive
 * socket that the server had closed is sent again on a new socket.
 */
export function nodeTransport(fallback: Transport): Transport {
  return (url, init, signal, timeoutMs) => {
    let payload: Payload;
    const headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'node', ...init.headers };
    const { body } = init;
    if (body == null || typeof body === 'string' || body instanceof Uint8Array || body instanceof Blob) payload = body ?? null;
    else if (body instanceof URLSearchParams) {
      payload = String(body);
      headers['content-type'] ??= 'application/x-www-form-urlencoded;charset=UTF-8';
    } else return fallback(url, init, signal, timeoutMs);
    if (typeof payload === 'string') headers['content-type'] ??= 'text/plain;charset=UTF-8';
    if (payload instanceof Blob && payload.type) headers['content-type'] ??= payload.type;
    return new Promise((resolve, reject) => {
      let req: ClientRequest | undefined;
      let done = false;
      const finish = (error: unknown, result?: [Response, string]): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (result) resolve(result);
        else {
          req?.destroy();
          reject(error);
        }
      };
      const onAbort = (): void => finish(signal!.reason);
      const timer = setTimeout(() => finish(TIMED_OUT), timeoutMs);
      signal?.addEventListener('abort', onAbort);

      const send = (target: URL, method: string, headers: Record<string, string>, payload: Payload, redirects: number, retries: number): void => {
        const size = payload === null ? 0 : typeof payload === 'string' ? Buffer.byteLength(payload) : payload instanceof Blob ? payload.size : payload.byteLength;
        if (payload !== null || (method !== 'GET' && method !== 'HEAD')) headers['content-length'] = String(size);
        let responded = false;
        const request = (target.protocol === 'https:' ? httpsRequest : httpRequest)(target, { method, headers }, (res) => {
          responded = true;
          const status = res.statusCode!;
          const location = res.headers.location;
          if (location !== undefined && REDIRECTS.includes(status)) {
            res.resume();
            if (redirects >= 20) return finish(new TypeError(`${method} ${target.origin}${target.pathname}: more than 20 redirects`));
            let next: URL | undefined;
            try {
              next = new URL(location, target);
            } catch {}
            if (next?.protocol !== 'http:' && next?.protocol !== 'https:') return finish(new TypeError(`${method} ${target.origin}${target.pathname}: redirect to an invalid or non-HTTP URL`));
            const nextHeaders = { ...headers };
            if (next.origin !== target.origin) delete nextHeaders.authorization;
            if ((status === 303 && method !== 'HEAD') || (status <= 302 && method === 'POST')) {
              for (const name of ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location']) delete nextHeaders[name];
              return send(next, 'GET', nextHeaders, null, redirects + 1, retries);
            }
            return send(next, method, nextHeaders, payload, redirects + 1, retries);
          }
          read(res, method, status, target, redirects > 0);
        });
        req = request;
        request.on('error', (error: NodeJS.ErrnoException) => {
          if (done || req !== request) return;
          if (!responded && request.reusedSocket && error.code === 'ECONNRESET' && retries < STALE_SOCKET_RETRIES) send(target, method, headers, payload, redirects, retries + 1);
          else finish(error);
        });
        if (payload instanceof Blob) {
          const source = Readable.fromWeb(payload.stream() as Parameters<typeof Readable.fromWeb>[0]);
          source.on('error', (error) => req === request && finish(error));
          request.on('close', () => source.destroy());
          source.pipe(request);
        } else request.end(payload ?? undefined);
      };

      const read = (res: IncomingMessage, method: string, status: number, target: URL, redirected: boolean): void => {
        let stream: NodeJS.ReadableStream = res;
        const codings = method === 'HEAD' || NULL_BODY.includes(status) ? undefined : res.headers['content-encoding'];
        const decoders: Transform[] = [];
        for (const coding of codings ? codings.toLowerCase().split(',').reverse() : []) {
          const make = DECODERS[coding.trim()];
          if (!make) break;
          decoders.push(make());
        }
        if (decoders.length) stream = pipeline([res, ...decoders], (error) => error && finish(error)) as unknown as Transform;
        else finished(res, (error) => error && finish(error));
        stream.setEncoding('utf8');
        let text = '';
        stream.on('data', (chunk: string) => (text += chunk));
        stream.on('end', () => {
          if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
          const raw = res.rawHeaders;
          const pairs: [string, string][] = [];
          for (let i = 0; i < raw.length; i += 2) pairs.push([raw[i]!, raw[i + 1]!]);
          let response: Response;
          try {
            // No body: the text is handed over as is, and a body stream would cost more than the rest of the Response.
            response = new Response(null, { status, statusText: res.statusMessage ?? '', headers: pairs });
          } catch (error) {
            return finish(error);
          }
          Object.defineProperty(response, 'url', { value: target.href });
          if (redirected) Object.defineProperty(response, 'redirected', { value: true });
          finish(undefined, [response, text]);
        });
      };

      try {
        send(new URL(url), init.method, headers, payload, 0, 0);
      } catch (error) {
        finish(error);
      }
    });
  };
}
