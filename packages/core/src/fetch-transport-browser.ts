import { fetchTransportWith, hiddenRedirect, type Transport } from './transport.js';
import { ImgurRedirectError } from './errors/transport-errors.js';

/**
 * The fetch transport of the browser build (the `browser` export condition).
 * A browser's fetch with `redirect: 'manual'` hides every redirect's target
 * (`opaqueredirect`), so nothing can be followed safely: every redirect fails
 * with `ImgurRedirectError` (also a visible 3xx with `location` from a custom
 * `fetch`, when the call would follow it), and the same-origin follower of the
 * other builds is left out.
 */
export function browserFetchTransport(getFetch: () => typeof fetch): Transport {
  return fetchTransportWith(getFetch, (got) => {
    throw got.type === 'opaqueredirect' ? hiddenRedirect() : new ImgurRedirectError(`redirect (HTTP ${got.status}) refused: the browser build follows none`);
  });
}
