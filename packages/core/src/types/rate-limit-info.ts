/** Rate-limit headers of one response, parsed to numbers (`undefined` when absent). */
export interface RateLimitInfo {
  /** `X-RateLimit-UserLimit`: credits per user (IP) and app. */
  readonly userLimit: number | undefined;
  /** `X-RateLimit-UserRemaining`. */
  readonly userRemaining: number | undefined;
  /** `X-RateLimit-UserReset`: unix epoch seconds when user credits reset. */
  readonly userReset: number | undefined;
  /** `X-RateLimit-ClientLimit`: app credits per day. */
  readonly clientLimit: number | undefined;
  /** `X-RateLimit-ClientRemaining`: app credits left today. */
  readonly clientRemaining: number | undefined;
  /** `X-Post-Rate-Limit-Limit`: POST credits per hour (POST responses only). */
  readonly postLimit: number | undefined;
  /** `X-Post-Rate-Limit-Remaining`. */
  readonly postRemaining: number | undefined;
  /** `X-Post-Rate-Limit-Reset`: seconds until the POST limit resets. */
  readonly postReset: number | undefined;
}
