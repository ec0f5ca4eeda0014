import type { AuthScheme } from '../types/operation-meta.js';
import type { ClientState } from '../state/client-state.js';

/**
 * Sets the headers every request carries (on a plain object with lower-case names): `Authorization` for `scheme` (removed
 * when the credential is missing), the Mashape key, and User-Agent (outside browsers).
 */
export function applyClientHeaders(state: ClientState, headers: Record<string, string>, scheme: AuthScheme | undefined): void {
  const { accessToken: token, clientId: id, mashapeKey, userAgent } = state;
  const auth = scheme === 'bearer' ? token && `Bearer ${token}` : scheme === 'clientId' ? id && `Client-ID ${id}` : undefined;
  if (auth) headers.authorization = auth;
  else delete headers.authorization;
  if (mashapeKey) headers['x-mashape-key'] = mashapeKey;
  if (userAgent) headers['user-agent'] = userAgent;
}
