import type { ClientState } from '../state/client-state.js';
import type { AuthScheme } from '../types/operation-meta.js';
import { hex } from '../util/hex.js';

/** Cache key of a GET: method, URL and a SHA-256 of the credential in use (never the credential itself). */
export async function etagKey(state: ClientState, url: string, scheme: AuthScheme | undefined): Promise<string> {
  const credential = scheme && (scheme === 'bearer' ? state.accessToken : state.clientId);
  const digest = credential && new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(credential)));
  return `GET ${url} ${digest ? `${scheme}:${hex(digest.subarray(0, 16))}` : 'anonymous'}`;
}
