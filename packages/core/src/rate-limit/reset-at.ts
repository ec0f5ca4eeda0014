/**
 * `X-RateLimit-*Reset` values at or above this (September 2001) are Unix
 * epoch seconds; smaller ones are seconds from now.
 */
const EPOCH_FLOOR = 1e9;

/**
 * When a rate-limit reset header says the credits refill, in epoch
 * milliseconds. Imgur's headers, as recorded from the live API in 2019–2025,
 * read `X-RateLimit-UserReset: 3600` and `X-RateLimit-ClientReset: 86400`
 * (seconds until the reset, or the window's length), while the `/3/credits`
 * body's `UserReset` is an epoch; its documentation calls the header an epoch.
 * So a value of at least `EPOCH_FLOOR` is read as epoch seconds and a smaller
 * one as seconds from `now` (epoch milliseconds).
 */
export const resetAt = (value: number, now: number): number => (value >= EPOCH_FLOOR ? value * 1000 : now + value * 1000);

/**
 * Two reset times at most this many seconds apart belong to one rate-limit
 * window. A reset read as seconds from now moves with the clock and the
 * latency of each response, so only a larger jump starts a new window (Imgur's
 * windows last an hour or a day).
 */
export const WINDOW_SLACK_S = 60;
