import type { HttpMethod } from '../types/operation-meta.js';
import type { ClientState } from '../state/client-state.js';
import { exchange } from '../http/exchange.js';
import { ImgurUsageError } from '../errors/usage-errors.js';

/**
 * The `fetch` of `rawClient(client)`: runs each openapi-fetch request through
 * the same pipeline as the SDK functions (auth, token refresh, budget,
 * timeouts, retries, rate limits; no ETag cache, no envelope unwrapping).
 * HTTP errors come back as responses; failures without one reject with an `ImgurError`.
 * A URL outside the client's base URL (a per-request `baseUrl`) is refused
 * with `ImgurUsageError`: the credentials stay with the base URL's origin.
 */
export async function rawFetch(state: ClientState, request: Request): Promise<Response> {
  const { method, url, headers, body, signal } = request;
  // Compared as the URL parser writes both (case, default port), so only another origin or path is refused.
  if (!url.startsWith(new URL(`${state.baseUrl}/`).href))
    throw new ImgurUsageError(`rawClient: ${method} to a URL outside the client's baseUrl is refused (set baseUrl on createImgurClient).`);
  const path = new URL(url).pathname;
  const security = state.clientId || state.accessToken ? (['bearer', 'clientId'] as const) : [];
  const meta = { id: `api ${path}`, method: method as HttpMethod, path, security, envelope: false };
  const { result, text } = await exchange(state, meta, url, Object.fromEntries(headers), body && (await request.blob()), { signal });
  return new Response(text || null, result.response);
}
