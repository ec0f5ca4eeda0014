import type { HttpMethod } from '../types/operation-meta.js';
import type { ClientState } from '../state/client-state.js';
import { exchange } from '../http/exchange.js';

/**
 * The `fetch` of `rawClient(client)`: runs each openapi-fetch request through
 * the same pipeline as the SDK functions (auth, token refresh, budget,
 * timeouts, retries, rate limits; no ETag cache, no envelope unwrapping).
 * HTTP errors come back as responses; failures without one reject with an `ImgurError`.
 */
export async function rawFetch(state: ClientState, request: Request): Promise<Response> {
  const { method, url, headers, body, signal } = request;
  const path = new URL(url).pathname;
  const security = state.clientId || state.accessToken ? (['bearer', 'clientId'] as const) : [];
  const meta = { id: `api ${path}`, method: method as HttpMethod, path, security, envelope: false };
  const { result, text } = await exchange(state, meta, url, Object.fromEntries(headers), body && (await request.blob()), { signal });
  return new Response(text || null, result.response);
}
