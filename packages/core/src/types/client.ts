/** A configured Imgur client: pass it as the first argument of every operation. */
export interface ImgurClient {
  /** Base URL in use (no trailing slash). */
  readonly baseUrl: string;
  /** Replace the user tokens (e.g. after `parseAuthorizationCallback`). */
  setTokens(tokens: { readonly accessToken?: string | undefined; readonly refreshToken?: string | undefined }): void;
  /** True when a user access token is configured. */
  readonly hasUserToken: boolean;
}
