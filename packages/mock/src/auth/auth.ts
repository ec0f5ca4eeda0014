import { MockHttpError } from '../http/errors.js';
import type { AuthLevel } from '../spec/operation.js';
import type { TokenRec, UserRec } from '../state/records.js';
import type { Store } from '../state/store.js';
import type { SeedClient } from '../types.js';

/** Who is calling: the client app and, with a Bearer token, the user. */
export interface AuthContext {
  readonly client: SeedClient | undefined;
  readonly user: UserRec | undefined;
  readonly token: TokenRec | undefined;
}

/** The message Imgur sends with 403 when a token is unknown or expired (clients refresh on it). */
export const INVALID_TOKEN = 'The access token provided is invalid';

/** How the server answers credentials it does not accept. */
export interface AuthSettings {
  /** Status for an unknown or expired access token: Imgur's usual 403, or the 401 it also sends. */
  expiredTokenStatus: ExpiredTokenStatus;
  /** Spend a refresh token on use (Imgur keeps it valid). */
  readonly rotateRefreshTokens: boolean;
}

/** The statuses an unknown or expired access token may get. */
export type ExpiredTokenStatus = 401 | 403;

/** True for 401 and 403 (for option checks). */
export function isExpiredTokenStatus(v: unknown): v is ExpiredTokenStatus {
  return v === 401 || v === 403;
}

/** Checks the `Authorization` header against what the operation requires, as Imgur does. */
export function authenticate(
  store: Store,
  header: string | undefined,
  level: AuthLevel,
  settings: Pick<AuthSettings, 'expiredTokenStatus'> = { expiredTokenStatus: 403 },
): AuthContext {
  const anonymous: AuthContext = { client: undefined, user: undefined, token: undefined };
  const m = /^\s*(Client-ID|Bearer)\s+(\S+)\s*$/i.exec(header ?? '');
  if (!header || header.trim() === '') {
    if (level === 'none') return anonymous;
    throw new MockHttpError(401, 'Authentication required: send `Authorization: Client-ID <client_id>` or `Authorization: Bearer <access_token>`');
  }
  if (!m) {
    if (level === 'none') return anonymous;
    throw new MockHttpError(401, 'Malformed Authorization header: expected `Client-ID <client_id>` or `Bearer <access_token>`');
  }
  const [, scheme, credential] = m as unknown as [string, string, string];
  if (scheme.toLowerCase() === 'client-id') {
    const client = lookupClient(store, credential, level);
    if (level === 'user') throw new MockHttpError(403, 'This method requires authentication');
    return { client, user: undefined, token: undefined };
  }
  const token = store.tokens.get(credential);
  if (!token || token.expiresAt <= Date.now() || store.users.get(token.userId)?.deleted !== false) {
    if (level === 'none') return anonymous;
    throw new MockHttpError(settings.expiredTokenStatus, INVALID_TOKEN);
  }
  return { client: store.clients.get(token.clientId), user: store.users.get(token.userId), token };
}

function lookupClient(store: Store, id: string, level: AuthLevel): SeedClient | undefined {
  const client = store.clients.get(id);
  if (!client && level !== 'none') throw new MockHttpError(403, 'Invalid client_id');
  return client;
}
