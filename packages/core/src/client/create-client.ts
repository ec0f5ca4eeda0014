import type { ImgurClient } from '../types/client.js';
import type { ImgurClientOptions } from '../types/client-options.js';
import { attachState, storeTokens, type ClientState } from '../state/client-state.js';
import { isBrowser } from '../util/is-browser.js';
import { IMGUR_BASE_URL, MASHAPE_BASE_URL } from '../util/base-urls.js';
import { ImgurUsageError } from '../errors/usage-errors.js';
import { validateOptions } from '../state/validate-options.js';
import { resolveLog } from '../state/log-level.js';
import { fetchTransport } from '../transport/fetch-transport.js';
import type { Transport } from '../types/transport.js';
import type { StreamReader } from '../types/source-stream.js';
import { readStream } from '../upload/read-stream.js';

/**
 * Creates a client to pass to every operation. Needs a `clientId` and/or an
 * `accessToken`. Throws `ImgurUsageError` for a `clientSecret` in a browser
 * unless `dangerouslyAllowBrowser` is set, and for unusable options. Requests
 * go through `options.fetch` when given; otherwise over node:http/node:https
 * on Node (the package's `node` export condition) and `globalThis.fetch` elsewhere.
 */
export function createImgurClient(options: ImgurClientOptions = {}): ImgurClient {
  return createClientWith(options, fetchTransport, undefined, readStream);
}

/**
 * `createImgurClient` with the fetch transport of its build (`overFetch`:
 * following same-origin redirects, or refusing them in the browser build) and
 * a default transport for when `options.fetch` is not set (the Node entry
 * passes its node:http transport); without one, requests go through
 * `globalThis.fetch`, looked up per call. `readStream` reads upload streams
 * (without it, whole into a Blob: the browser build).
 */
export function createClientWith(
  options: ImgurClientOptions,
  overFetch: (getFetch: () => typeof fetch) => Transport,
  transport?: Transport,
  readStream?: StreamReader,
): ImgurClient {
  const browser = isBrowser();
  if (options.clientSecret && browser && !options.dangerouslyAllowBrowser) {
    throw new ImgurUsageError('createImgurClient: a clientSecret in a browser is public; keep it on a server or pass dangerouslyAllowBrowser: true.');
  }
  validateOptions(options);
  if (options.hooks !== undefined && typeof (options.hooks as { run?: unknown } | null)?.run !== 'function')
    throw new ImgurUsageError('createImgurClient: hooks must come from createHooks(...hooks).');
  const baseUrl = (options.baseUrl ?? (options.mashapeKey ? MASHAPE_BASE_URL : IMGUR_BASE_URL)).replace(/\/+$/, '');
  const state: ClientState = {
    ...options,
    baseUrl,
    transport: (!options.fetch && transport) || overFetch(() => options.fetch ?? globalThis.fetch),
    readStream,
    userAgent: browser ? undefined : options.userAgent,
    etag: options.etagCache,
    ...resolveLog(options.logger, options.logLevel),
    warned: new Set(),
    retired: [],
    refreshFailures: 0,
  };
  const client: ImgurClient = {
    baseUrl,
    setTokens(tokens) {
      storeTokens(state, tokens.accessToken, tokens.refreshToken ?? state.refreshToken);
    },
    get hasUserToken() {
      return !!state.accessToken;
    },
  };
  attachState(client, state);
  return Object.freeze(client);
}
