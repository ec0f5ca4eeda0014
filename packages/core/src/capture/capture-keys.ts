import { isCredentialKey } from '../util/credential-key.js';

/** Names that are not credentials of a client but are never recorded either: client IDs, deletehashes, OAuth codes, id tokens. */
const CAPTURE_ONLY = /^(?:client[-_ ]?id|delete[-_ ]?hash(?:es)?|code|token|session)$/i;

/**
 * True when a captured field, header or query parameter of this name holds a
 * secret, in any spelling (`access_token`, `accessToken`, `refresh-token`,
 * `client_secret`, `clientSecret`, `Authorization`, `Proxy-Authorization`,
 * `Cookie`, `Set-Cookie`, `X-Mashape-Key`, `deletehash`, `deletehashes[]`, …).
 */
export function isCaptureSecret(name: string): boolean {
  const key = name.replace(/\[\]$/, '');
  return isCredentialKey(key) || CAPTURE_ONLY.test(key);
}
