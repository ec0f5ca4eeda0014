/** The generated route map of the Imgur API, as used by the raw `client.api`. */
export type { paths as Paths } from '@imgur-ts/client';
