import { MockHttpError } from './errors.js';
import type { AuthLevel } from './spec/operations.js';
import type { TokenRec, UserRec } from './state/records.js';
import type { Store } from './state/store.js';
import type { SeedClient } from './types.js';

/** Who is calling: the client app and, with a Bearer token, the user. */
export interface AuthContext {
  readonly client: SeedClient | undefined;
  readonly user: UserRec | undefined;
  readonly token: TokenRec | undefined;
}

/** The message Imgur sends with 403 when a token is unknown or expired (clients refresh on it). */
export const INVALID_TOKEN = 'The access token provided is invalid';

/** Checks the `Authorization` header against what the operation requires, as Imgur does. */
export function authenticate(store: Store, header: string | undefined, level: AuthLevel): AuthContext {
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
  if (!token || token.expiresAt <= Date.now()) {
    if (level === 'none') return anonymous;
    throw new MockHttpError(403, INVALID_TOKEN);
  }
  return { client: store.clients.get(token.clientId), user: store.users.get(token.userId), token };
}

function lookupClient(store: Store, id: string, level: AuthLevel): SeedClient | undefined {
  const client = store.clients.get(id);
  if (!client && level !== 'none') throw new MockHttpError(403, 'Invalid client_id');
  return client;
}
