import type { AuthScheme } from './types.js';
import type { ClientState } from './client-state.js';

/**
 * Sets the headers every request carries: `Authorization` for `scheme` (removed
 * when the credential is missing), the Mashape key, and User-Agent (outside browsers).
 */
export function applyClientHeaders(state: ClientState, headers: Headers, scheme: AuthScheme | undefined): void {
  const { accessToken: token, clientId: id, mashapeKey, userAgent } = state;
  const auth = scheme === 'bearer' ? token && `Bearer ${token}` : scheme === 'clientId' ? id && `Client-ID ${id}` : undefined;
  if (auth) headers.set('Authorization', auth);
  else headers.delete('Authorization');
  if (mashapeKey) headers.set('X-Mashape-Key', mashapeKey);
  if (userAgent) headers.set('User-Agent', userAgent);
}
