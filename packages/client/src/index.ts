import createFetchClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths } from './generated/paths.gen.js';

export type { paths, operations } from './generated/paths.gen.js';
/** Every component of the Imgur API description (re-exported from `@imgur-ts/models`). */
export type { components } from '@imgur-ts/models';
/** The openapi-fetch client type; `createClient` returns `Client<paths>`. */
export type { Client } from 'openapi-fetch';
/** Options of `createClient` (openapi-fetch's `ClientOptions`: baseUrl, fetch, headers, querySerializer, ...). */
export type { ClientOptions } from 'openapi-fetch';
/** An openapi-fetch middleware (`onRequest` / `onResponse` / `onError`), installed with `client.use(...)`. */
export type { Middleware } from 'openapi-fetch';

/** The production base URL of the Imgur API; every path in `paths` starts below it (`/3/...`, `/oauth2/...`). */
export const IMGUR_API_BASE_URL = 'https://api.imgur.com';

/**
 * Creates an openapi-fetch client typed by every Imgur route.
 *
 * `baseUrl` defaults to https://api.imgur.com. The client adds no
 * authentication: pass `headers: { Authorization: 'Client-ID …' }` or add a
 * middleware (`client.use(...)`); `@imgur-ts/core` does both for you.
 */
export function createClient(options: ClientOptions = {}): Client<paths> {
  return createFetchClient<paths>({ baseUrl: IMGUR_API_BASE_URL, ...options });
}
