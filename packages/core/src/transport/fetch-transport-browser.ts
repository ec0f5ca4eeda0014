import { withDeadline } from './deadline.js';
import type { Transport } from '../types/transport.js';
import { readBody } from './read-body.js';
import { REDIRECTS } from './redirect.js';
import { ImgurRedirectError } from '../errors/transport-errors.js';

/**
 * The fetch transport of the browser build (the `browser` export condition),
 * under `withDeadline`. A browser's fetch with `redirect: 'manual'` hides
 * every redirect's target (`opaqueredirect`), so nothing can be followed
 * safely: every redirect fails with `ImgurRedirectError` (also a visible 3xx
 * with `location` from a custom `fetch`, when the call would follow it), and
 * the same-origin follower of the other builds is left out.
 */
export function browserFetchTransport(getFetch: () => typeof fetch): Transport {
  return (url, { method, headers, body, maxBytes, follow }, signal, timeoutMs) =>
    withDeadline(signal, timeoutMs, async (abort) => {
      // The browser client reads upload streams into Blobs (collectStream): no streamed body comes here.
      const got = await getFetch()(url, { method, headers, body: body as BodyInit | null | undefined, redirect: 'manual', signal: abort });
      if (got.type === 'opaqueredirect' || (follow && got.headers.has('location') && REDIRECTS.includes(got.status))) {
        await got.body?.cancel();
        throw new ImgurRedirectError('redirect refused: the browser build follows none');
      }
      return [got, await readBody(got, maxBytes)];
    });
}
