import { withDeadline } from './deadline.js';
import type { Transport } from '../types/transport.js';
import { readBody } from './read-body.js';
import { REDIRECTS } from './redirect.js';
import { ImgurRedirectError } from '../errors/transport-errors.js';
import { xhrExchange } from './xhr-exchange.js';
import { isPartsBody } from './is-parts-body.js';

/**
 * The fetch transport of the browser build (the `browser` export condition),
 * under `withDeadline`. A browser's fetch with `redirect: 'manual'` hides
 * every redirect's target (`opaqueredirect`), so nothing can be followed
 * safely: every redirect fails with `ImgurRedirectError` (also a visible 3xx
 * with `location` from a custom `fetch`, when the call would follow it), and
 * the same-origin follower of the other builds is left out. A browser's fetch
 * cannot report upload progress: when it is asked for and the global fetch is
 * in use, the request goes over `XMLHttpRequest` (see `xhrExchange`); with a
 * custom `fetch` (or no `XMLHttpRequest`), progress is reported once, at the
 * end, when the response arrives.
 */
export function browserFetchTransport(getFetch: () => typeof fetch): Transport {
  return (url, init, signal, timeoutMs) =>
    withDeadline(signal, timeoutMs, async (abort, touch) => {
      const { method, headers, body, maxBytes, follow, onProgress } = init;
      // The browser client reads upload streams into Blobs (collectStream): no streamed body comes here; a body held as parts goes as one Blob.
      const sent = (isPartsBody(body) ? new Blob(body.parts) : body) as BodyInit | null | undefined;
      const fetch = getFetch();
      // Only XMLHttpRequest reports upload progress in a browser (see xhrExchange; it runs in Chromium in test/browser-progress.test.ts).
      if (onProgress && typeof XMLHttpRequest === 'function' && fetch === globalThis.fetch) return xhrExchange(url, init, sent as XMLHttpRequestBodyInit, abort, touch);
      const got = await fetch(url, { method, headers, body: sent, redirect: 'manual', signal: abort });
      if (onProgress) {
        // Bodies here are strings, bytes, Blobs or URLSearchParams: a Blob of one has its size in bytes.
        const { size } = new Blob([(sent ?? '') as BlobPart]);
        onProgress(size, size);
      }
      if (got.type === 'opaqueredirect' || (follow && got.headers.has('location') && REDIRECTS.includes(got.status))) {
        await got.body?.cancel();
        throw new ImgurRedirectError('redirect refused: the browser build follows none');
      }
      return [got, await readBody(got, maxBytes, abort)];
    });
}
