/** The generated route map of the Imgur API, as used by `rawClient(client)`. */
export type { paths as Paths } from '@imgur-ts/client';
