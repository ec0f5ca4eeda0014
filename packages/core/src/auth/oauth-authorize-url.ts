import { IMGUR_BASE_URL } from '../util/base-urls.js';
import { hex } from '../util/hex.js';
import { checkBaseUrl, showBaseUrl } from '../util/check-base-url.js';
import { ImgurUsageError } from '../errors/usage-errors.js';

/** Options of `buildAuthorizeUrl`. */
export interface AuthorizeUrlOptions {
  readonly clientId: string;
  /** Anti-CSRF value round-tripped by Imgur; a random one is generated when omitted. */
  readonly state?: string;
  /** Default `https://api.imgur.com`. */
  readonly baseUrl?: string;
}

/**
 * Builds the URL to send the user to for consent (`response_type=token`, the
 * only flow Imgur still supports). Returns the `state` too: store it and pass
 * it to `parseAuthorizationCallback` as `expectedState`. A generated state is
 * 16 random bytes from `crypto.getRandomValues`, as hex. Throws
 * `ImgurUsageError` for a `baseUrl` that is not `https:` (plain `http:` only
 * on 127.0.0.1, localhost or [::1]: `javascript:`, `data:` and the like are
 * refused), has a user name, password, query or fragment, or a host that
 * looks like Imgur's without being it.
 */
export function buildAuthorizeUrl({ clientId, state = hex(crypto.getRandomValues(new Uint8Array(16))), baseUrl = IMGUR_BASE_URL }: AuthorizeUrlOptions): {
  readonly url: string;
  readonly state: string;
} {
  const why = checkBaseUrl(baseUrl);
  if (why) throw new ImgurUsageError(`buildAuthorizeUrl: baseUrl must be an https: URL (${why}), got ${showBaseUrl(baseUrl)}.`);
  const query = new URLSearchParams({ client_id: clientId, response_type: 'token', state });
  return { url: `${baseUrl.replace(/\/+$/, '')}/oauth2/authorize?${query}`, state };
}
