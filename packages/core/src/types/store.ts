/** A user token pair as a store keeps it. Secrets: never log or show them. */
export interface StoredTokens {
  readonly accessToken?: string | undefined;
  readonly refreshToken?: string | undefined;
}

/**
 * State shared among clients and processes: one token refresh at a time,
 * one credit budget (reserved before sending, settled from the response
 * headers) and one ETag cache. Made by `createSharedStore` or
 * `createMemoryStore` of `@imgur-ts/core/store`, or `createRedisStore` of
 * `@imgur-ts/redis`; pass it as `createImgurClient({ store })`.
 */
export type ImgurStore = (state: object) => void;
