import { IMGUR_BASE_URL } from './constants.js';

/** Options of `buildAuthorizeUrl`. */
export interface AuthorizeUrlOptions {
  readonly clientId: string;
  /** Anti-CSRF value round-tripped by Imgur; a random one is generated when omitted. */
  readonly state?: string;
  /** Default `https://api.imgur.com`. */
  readonly baseUrl?: string;
}

function randomState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Builds the URL to send the user to for consent (`response_type=token`, the
 * only flow Imgur still supports). Returns the `state` too: store it and pass
 * it to `parseAuthorizationCallback` as `expectedState`.
 */
export function buildAuthorizeUrl(options: AuthorizeUrlOptions): { readonly url: string; readonly state: string } {
  const state = options.state ?? randomState();
  const url = new URL(`${(options.baseUrl ?? IMGUR_BASE_URL).replace(/\/+$/, '')}/oauth2/authorize`);
  url.searchParams.set('client_id', options.clientId);
  url.searchParams.set('response_type', 'token');
  url.searchParams.set('state', state);
  return { url: url.href, state };
}
