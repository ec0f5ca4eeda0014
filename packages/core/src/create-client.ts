import type { ImgurClient, ImgurClientOptions } from './types.js';
import { attachState, storeTokens, type ClientState } from './client-state.js';
import { isBrowser } from './is-browser.js';
import { IMGUR_BASE_URL, MASHAPE_BASE_URL } from './constants.js';
import { ImgurUsageError } from './errors/usage-errors.js';
import { validateOptions } from './validate-options.js';

/**
 * Creates a client to pass to every operation. Needs a `clientId` and/or an
 * `accessToken`. Throws `ImgurUsageError` for a `clientSecret` in a browser
 * unless `dangerouslyAllowBrowser` is set, and for unusable options.
 */
export function createImgurClient(options: ImgurClientOptions = {}): ImgurClient {
  const browser = isBrowser();
  if (options.clientSecret && browser && !options.dangerouslyAllowBrowser) {
    throw new ImgurUsageError('createImgurClient: a clientSecret in a browser is public; keep it on a server or pass dangerouslyAllowBrowser: true.');
  }
  validateOptions(options);
  const { etagCache, mashapeKey } = options;
  const baseUrl = (options.baseUrl ?? (mashapeKey ? MASHAPE_BASE_URL : IMGUR_BASE_URL)).replace(/\/+$/, '');
  const state: ClientState = {
    ...options,
    baseUrl,
    fetch: (input, init) => (options.fetch ?? globalThis.fetch)(input, init),
    userAgent: browser ? undefined : options.userAgent,
    etag: etagCache,
    warned: new Set(),
    retired: [],
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
