import type { Client } from '@imgur-ts/client';
import { createClient } from '@imgur-ts/client';
import type { ImgurClient } from '../types/client.js';
import type { Paths } from './paths.js';
import { stateOf } from '../state/client-state.js';
import { rawFetch } from './raw-fetch.js';
import { checkRawPath } from './check-raw-path.js';

const raw = new WeakMap<ImgurClient, Client<Paths>>();

/**
 * The typed openapi-fetch client of `@imgur-ts/client` for every route, running
 * each request through `client`'s pipeline (auth, token refresh, budget,
 * timeouts, retries, rate limits; no ETag cache, no envelope unwrapping).
 * HTTP errors come back as openapi-fetch's `error`; failures without a
 * response reject with an `ImgurError`. Path parameters are checked as the
 * generated functions check them: a missing one, or one that is `.` or `..`
 * (or encodes one), rejects with `ImgurUsageError` before anything is sent;
 * so does a per-request `baseUrl` other than the client's. One instance per client. A separate
 * function, so apps that only use the resource functions do not bundle
 * openapi-fetch.
 */
export function rawClient(client: ImgurClient): Client<Paths> {
  let api = raw.get(client);
  if (api === undefined) {
    const state = stateOf(client);
    api = createClient({ baseUrl: state.baseUrl, fetch: (request: Request) => rawFetch(state, request) });
    // A middleware sees the template and the values before the URL parser resolves "." and ".." segments away.
    api.use({ onRequest: ({ request, schemaPath, params }) => checkRawPath(request.method, schemaPath, params.path) });
    raw.set(client, api);
  }
  return api;
}
