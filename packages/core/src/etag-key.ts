import type { ClientState } from './client-state.js';
import type { AuthScheme } from './types.js';

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest).subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Cache key of a GET: method, URL and a SHA-256 of the credential in use (never the credential itself). */
export async function etagKey(state: ClientState, url: string, scheme: AuthScheme | undefined): Promise<string> {
  const credential = scheme === 'bearer' ? state.accessToken : scheme === 'clientId' ? state.clientId : undefined;
  const identity = credential ? `${scheme}:${await sha256(credential)}` : 'anonymous';
  return `GET ${url} ${identity}`;
}
