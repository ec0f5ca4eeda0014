import type { ImgurClient } from '../types/client.js';
import type { ImgurClientOptions } from '../types/client-options.js';
import { createClientWith } from './create-client.js';
import { fetchTransport } from '../transport/fetch-transport.js';
import { nodeTransport } from '../transport/node-transport.js';
import { readStream } from '../upload/read-stream.js';

const fallback = /* @__PURE__ */ fetchTransport(() => globalThis.fetch);
const transport = /* @__PURE__ */ nodeTransport(fallback);

/**
 * Creates a client to pass to every operation. Needs a `clientId` and/or an
 * `accessToken`. Throws `ImgurUsageError` for unusable options. On Node,
 * requests go over node:http and node:https (keep-alive) unless a `fetch` is
 * given (through `httpAgent` when set); bodies they do not take (such as `FormData`) go through `globalThis.fetch`.
 */
export function createImgurClient(options: ImgurClientOptions = {}): ImgurClient {
  return createClientWith(options, fetchTransport, options.httpAgent ? nodeTransport(fallback, options.httpAgent) : transport, readStream);
}
