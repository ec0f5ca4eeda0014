/** Rate-limit headers of one response, parsed to numbers (`undefined` when absent). */
export interface RateLimitInfo {
  /** `X-RateLimit-UserLimit`: credits per user (IP) and app. */
  readonly userLimit: number | undefined;
  /** `X-RateLimit-UserRemaining`. */
  readonly userRemaining: number | undefined;
  /**
   * `X-RateLimit-UserReset`, as Unix epoch seconds when user credits reset.
   * Imgur's live API sends seconds from now (e.g. `3600`) where its
   * documentation says epoch: a header value below 1e9 is added to the time the
   * response was read, a larger one is kept as an epoch.
   */
  readonly userReset: number | undefined;
  /** `X-RateLimit-ClientLimit`: app credits per day. */
  readonly clientLimit: number | undefined;
  /** `X-RateLimit-ClientRemaining`: app credits left today. */
  readonly clientRemaining: number | undefined;
  /** `X-RateLimit-ClientReset`, as Unix epoch seconds when app credits reset; read like `userReset` (Imgur sends e.g. `86400`). Optional, so snapshots built before it existed (a custom `Store`) still fit. */
  readonly clientReset?: number | undefined;
  /** `X-Post-Rate-Limit-Limit`: POST credits per hour (POST responses only). */
  readonly postLimit: number | undefined;
  /** `X-Post-Rate-Limit-Remaining`. */
  readonly postRemaining: number | undefined;
  /** `X-Post-Rate-Limit-Reset`: seconds until the POST limit resets. */
  readonly postReset: number | undefined;
}
