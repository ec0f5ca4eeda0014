import type { Client } from '@imgur-ts/client';
import { createClient } from '@imgur-ts/client';
import type { ImgurClient } from '../types/client.js';
import type { Paths } from './paths.js';
import { stateOf } from '../state/client-state.js';
import { rawFetch } from './raw-fetch.js';

const raw = new WeakMap<ImgurClient, Client<Paths>>();

/**
 * The typed openapi-fetch client of `@imgur-ts/client` for every route, running
 * each request through `client`'s pipeline (auth, token refresh, budget,
 * timeouts, retries, rate limits; no ETag cache, no envelope unwrapping).
 * HTTP errors come back as openapi-fetch's `error`; failures without a
 * response reject with an `ImgurError`. One instance per client. A separate
 * function, so apps that only use the resource functions do not bundle
 * openapi-fetch.
 */
export function rawClient(client: ImgurClient): Client<Paths> {
  let api = raw.get(client);
  if (api === undefined) {
    const state = stateOf(client);
    api = createClient({ baseUrl: state.baseUrl, fetch: (request: Request) => rawFetch(state, request) });
    raw.set(client, api);
  }
  return api;
}
