import { createClient } from '@imgur-ts/client';
import type { EtagCache, ImgurClient, ImgurClientOptions } from './types.js';
import { attachState, storeTokens, type ClientState } from './client-state.js';
import { applyClientHeaders } from './auth-header.js';
import { createEtagCache } from './etag-cache.js';
import { isBrowser } from './is-browser.js';
import { IMGUR_BASE_URL, MASHAPE_BASE_URL } from './constants.js';
import { ImgurUsageError } from './errors/usage-errors.js';
import { validateOptions } from './validate-options.js';


function isCache(c: ImgurClientOptions['etagCache']): c is EtagCache {
  return typeof (c as EtagCache | undefined)?.get === 'function';
}

/**
 * Creates a client to pass to every operation. Needs a `clientId` and/or an
 * `accessToken`. Throws `ImgurUsageError` for a `clientSecret` in a browser
 * unless `dangerouslyAllowBrowser` is set, and for unusable options.
 */
export function createImgurClient(options: ImgurClientOptions = {}): ImgurClient {
  if (options.clientSecret && isBrowser() && !options.dangerouslyAllowBrowser) {
    throw new ImgurUsageError(
      'createImgurClient: clientSecret in a browser is visible to every visitor. Keep it on a server, or pass dangerouslyAllowBrowser: true.',
    );
  }
  validateOptions(options);
  const baseUrl = (options.baseUrl ?? (options.mashapeKey ? MASHAPE_BASE_URL : IMGUR_BASE_URL)).replace(/\/+$/, '');
  const { etagCache } = options;
  const state: ClientState = {
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    accessToken: options.accessToken,
    refreshToken: options.refreshToken,
    mashapeKey: options.mashapeKey,
    baseUrl,
    fetch: (input, init) => (options.fetch ?? globalThis.fetch)(input, init),
    timeoutMs: options.timeoutMs ?? 30_000,
    retries: options.retries ?? 2,
    retryPost: options.retryPost ?? false,
    maxRetryDelayMs: options.maxRetryDelayMs ?? 60_000,
    logger: options.logger,
    userAgent: isBrowser() ? undefined : options.userAgent,
    budget: options.budget,
    etag: etagCache === undefined ? undefined : isCache(etagCache) ? etagCache : createEtagCache(etagCache),
    onTokens: options.onTokens,
    random: options.random ?? Math.random,
    sleep: options.sleep,
    lastRateLimit: undefined,
    refreshing: undefined,
    warned: new Set(),
    retired: [],
  };
  const api = createClient({ baseUrl, fetch: (request: Request) => state.fetch(request) });
  api.use({
    onRequest({ request }) {
      applyClientHeaders(state, request.headers, state.accessToken ? 'bearer' : 'clientId');
      return request;
    },
  });
  const client: ImgurClient = {
    api,
    baseUrl,
    setTokens(tokens) {
      storeTokens(state, tokens.accessToken, tokens.refreshToken ?? state.refreshToken);
    },
    get hasUserToken() {
      return Boolean(state.accessToken);
    },
  };
  attachState(client, state);
  return Object.freeze(client);
}
