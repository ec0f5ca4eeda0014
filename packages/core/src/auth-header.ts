import type { AuthScheme } from './types.js';
import type { ClientState } from './client-state.js';

/** The `Authorization` header value for a scheme, or undefined when the credential is missing. */
export function authHeader(state: ClientState, scheme: AuthScheme | undefined): string | undefined {
  if (scheme === 'bearer') return state.accessToken ? `Bearer ${state.accessToken}` : undefined;
  if (scheme === 'clientId') return state.clientId ? `Client-ID ${state.clientId}` : undefined;
  return undefined;
}

/** Sets the headers every request carries: Mashape key, User-Agent (outside browsers), Authorization. */
export function applyClientHeaders(state: ClientState, headers: Headers, scheme: AuthScheme | undefined): void {
  const auth = authHeader(state, scheme);
  if (auth) headers.set('Authorization', auth);
  else headers.delete('Authorization');
  if (state.mashapeKey) headers.set('X-Mashape-Key', state.mashapeKey);
  if (state.userAgent) headers.set('User-Agent', state.userAgent);
}
