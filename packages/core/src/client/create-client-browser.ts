import type { ImgurClient } from '../types/client.js';
import type { ImgurClientOptions } from '../types/client-options.js';
import { createClientWith } from './create-client.js';
import { browserFetchTransport } from '../transport/fetch-transport-browser.js';

/**
 * Creates a client to pass to every operation. Needs a `clientId` and/or an
 * `accessToken`. Throws `ImgurUsageError` for a `clientSecret` in a browser
 * unless `dangerouslyAllowBrowser` is set, and for unusable options. Requests
 * go through `options.fetch` when given, else `globalThis.fetch`; in this
 * build (the `browser` export condition) a redirect fails with `ImgurRedirectError`.
 */
export function createImgurClient(options: ImgurClientOptions = {}): ImgurClient {
  return createClientWith(options, browserFetchTransport);
}
