import type { Transport } from '../types/transport.js';
import type { ImgurStoreBackend } from './types.js';
import { hex } from '../util/hex.js';
import { asResponse } from '../util/as-response.js';

/** Most routes remembered as having ETags (Imgur has about 200). */
const MAX_ROUTES = 1000;

/** Cache key of a GET: the URL and a SHA-256 of the `authorization` header (never the credential itself). */
async function etagKey(url: string, authorization: string | undefined): Promise<string> {
  const digest = authorization && new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(authorization)));
  return `GET ${url} ${digest ? hex(digest.subarray(0, 16)) : 'anonymous'}`;
}

/**
 * Conditional GETs on the store's ETag cache. The store is asked only for
 * routes (operation paths such as `/3/image/{imageHash}`) on which a server
 * response of this store's clients in this process carried an ETag
 * (`routes`): a GET on any other route goes out as it is, with no store
 * command. A response with an ETag is cached (bodies by the backend's
 * rules) and marks its route. A store failure is a miss or a skipped write.
 */
export function sharedEtags(backend: ImgurStoreBackend, send: Transport, routes: Set<string>): Transport {
  return async (url, init, ...rest) => {
    const route = rest[2]?.path ?? url;
    let key: string | undefined;
    const cached = routes.has(route) ? await backend.getEtag((key = await etagKey(url, init.headers.authorization))).catch(() => undefined) : undefined;
    const got = await send(url, cached ? { ...init, headers: { ...init.headers, 'if-none-match': cached.etag } } : init, ...rest);
    const [response, text] = got;
    if (cached && response.status === 304) return [new Response(cached.body, { headers: asResponse(response).headers }), cached.body];
    const etag = response.ok && response.headers.get('etag');
    if (etag) {
      if (routes.size < MAX_ROUTES) routes.add(route);
      await backend.setEtag(key ?? (await etagKey(url, init.headers.authorization)), { etag, body: text }).catch(() => undefined);
    }
    return got;
  };
}
