/** OAuth2 tokens as Imgur returns them from the token endpoint or the authorize redirect. */
export interface ImgurTokens {
  readonly access_token: string;
  readonly refresh_token?: string | undefined;
  /** Seconds as reported by Imgur. Not trustworthy (see README): do not compute an expiry from it. */
  readonly expires_in?: number | undefined;
  readonly token_type?: string | undefined;
  readonly account_username?: string | undefined;
  readonly account_id?: number | undefined;
}
