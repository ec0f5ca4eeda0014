import type { TransportInit } from '../types/transport.js';
import { tooLarge } from './read-body.js';
import { ImgurRedirectError } from '../errors/transport-errors.js';

/**
 * One exchange over `XMLHttpRequest`, the browser API that reports upload
 * progress: the `xhr.upload` progress events before the end go to
 * `init.onProgress` (and `touch`, which starts the timeout again), then `onProgress(total, total)` once, when the upload
 * completes (or when the response arrives if the browser reported none).
 * Resolves like the fetch path: a `Response` with the status and headers (its
 * body is the text beside it, its `url` empty). A response past `maxBytes` aborts the request
 * and rejects with `ImgurResponseTooLargeError`; `abort` aborts it; a network
 * failure rejects with an `Error`. XHR follows redirects itself and cannot
 * refuse them: when the final URL is not `url`, the redirect was already
 * followed by the browser before it could be refused, and the exchange
 * rejects with `ImgurRedirectError` (as the fetch path, which refuses it).
 */
export const xhrExchange = (
  url: string,
  { method, headers, maxBytes, onProgress: report }: TransportInit,
  body: XMLHttpRequestBodyInit | null | undefined,
  abort: AbortSignal,
  touch: () => void,
): Promise<[Response, string]> =>
  new Promise((resolve, reject) => {
    // Every upload progress event also starts the timeout again: a long upload times out only when it stalls.
    const onProgress = (loaded: number, total: number | undefined): void => {
      touch();
      report?.(loaded, total);
    };
    abort.throwIfAborted();
    const xhr = new XMLHttpRequest();
    let sent = 0;
    let ended = false;
    const end = (): void => {
      if (!ended) onProgress(sent, sent);
      ended = true;
    };
    xhr.open(method, url);
    for (const name in headers) xhr.setRequestHeader(name, headers[name]!);
    xhr.upload.onprogress = (e) => {
      sent = e.loaded;
      // The event of all sent is left to `end`, so that it comes once.
      if (sent !== e.total) onProgress(sent, e.lengthComputable ? e.total : undefined);
    };
    xhr.upload.onload = end;
    xhr.onprogress = xhr.onload = (e) => {
      if (e.loaded > maxBytes) {
        xhr.abort();
        return reject(tooLarge(maxBytes));
      }
      if (e.type !== 'load') return;
      end();
      if (xhr.responseURL !== new URL(url, location.href).href) return reject(new ImgurRedirectError('redirect refused: the browser build follows none'));
      const got = new Headers();
      for (const [, name, value] of xhr.getAllResponseHeaders().matchAll(/(.+?): *(.*)/g)) got.append(name!, value!);
      resolve([new Response(null, { status: xhr.status, statusText: xhr.statusText, headers: got }), xhr.responseText]);
    };
    xhr.onerror = () => reject(new Error('XMLHttpRequest failed'));
    abort.onabort = () => xhr.abort();
    // Chromium reports the upload of bytes late (measured: first event at 4 MB of 9 MB), that of a Blob as it goes.
    xhr.send(body instanceof Uint8Array ? new Blob([body as Uint8Array<ArrayBuffer>]) : body);
  });
