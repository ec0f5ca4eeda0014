/**
 * The generated route map of the Imgur API, as used by the raw `client.api`.
 * Placeholder until `@imgur-ts/client` is built; switch to
 * `export type { paths as Paths } from '@imgur-ts/client';`.
 */
// eslint-disable-next-line @typescript-eslint/ban-types
export type Paths = {};
