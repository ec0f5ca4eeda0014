import { MockHttpError } from '../http/errors.js';
import type { RateLimitOptions } from '../types.js';

/** Defaults modelled on Imgur: 12,500 client credits a day, 2,000 per user, 1,250 POSTs an hour. */
export const defaultRateLimits: RateLimitOptions = { userLimit: 2000, clientLimit: 12500, postLimit: 1250, resetSeconds: 3600 };

interface Bucket {
  remaining: number;
  resetAt: number;
}

/** Counts credits down per client, per user (token or IP) and POSTs per IP; answers 429 when a budget is spent. */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(readonly opts: RateLimitOptions) {}

  /** Charges `cost` credits and returns the rate-limit headers; throws a 429 envelope error (with headers) when exhausted. */
  charge(clientKey: string, userKey: string, cost: number, post: boolean): Record<string, string> {
    const client = this.bucket(`c:${clientKey}`, this.opts.clientLimit);
    const user = this.bucket(`u:${userKey}`, this.opts.userLimit);
    const postBucket = post ? this.bucket(`p:${userKey}`, this.opts.postLimit) : undefined;
    const exhausted = client.remaining < cost || user.remaining < cost || (postBucket !== undefined && postBucket.remaining < 1);
    if (!exhausted) {
      client.remaining -= cost;
      user.remaining -= cost;
      if (postBucket) postBucket.remaining -= 1;
    }
    const headers = this.headers(client, user, postBucket);
    if (exhausted) throw new MockHttpError(429, 'Too Many Requests: rate limit exceeded', { ...headers, 'Retry-After': String(this.secondsLeft(user)) });
    return headers;
  }

  /**
   * The headers of an injected (transient) 429: the current budgets as every answer carries them, the POST
   * budget for POSTs, and `Retry-After: 1`. Charges nothing.
   */
  transientHeaders(clientKey: string, userKey: string, post: boolean): Record<string, string> {
    const client = this.bucket(`c:${clientKey}`, this.opts.clientLimit);
    const user = this.bucket(`u:${userKey}`, this.opts.userLimit);
    const postBucket = post ? this.bucket(`p:${userKey}`, this.opts.postLimit) : undefined;
    return { ...this.headers(client, user, postBucket), 'Retry-After': '1' };
  }

  /** Current credits of a client and user, as `GET /3/credits` reports them. */
  credits(clientKey: string, userKey: string): Record<string, number> {
    const client = this.bucket(`c:${clientKey}`, this.opts.clientLimit);
    const user = this.bucket(`u:${userKey}`, this.opts.userLimit);
    return {
      UserLimit: this.opts.userLimit,
      UserRemaining: user.remaining,
      UserReset: Math.floor(user.resetAt / 1000),
      ClientLimit: this.opts.clientLimit,
      ClientRemaining: client.remaining,
    };
  }

  /** Refills every budget. */
  reset(): void {
    this.buckets.clear();
  }

  private headers(client: Bucket, user: Bucket, post: Bucket | undefined): Record<string, string> {
    const h: Record<string, string> = {
      'X-RateLimit-UserLimit': String(this.opts.userLimit),
      'X-RateLimit-UserRemaining': String(user.remaining),
      // Seconds until the budget refills, not an epoch: Imgur's headers read `X-RateLimit-UserReset: 3600` and
      // `X-RateLimit-ClientReset: 86400` (2021–2025), while the /3/credits body's `UserReset` is an epoch.
      'X-RateLimit-UserReset': String(this.secondsLeft(user)),
      'X-RateLimit-ClientLimit': String(this.opts.clientLimit),
      'X-RateLimit-ClientRemaining': String(client.remaining),
      'X-RateLimit-ClientReset': String(this.secondsLeft(client)),
    };
    if (post) {
      h['X-Post-Rate-Limit-Limit'] = String(this.opts.postLimit);
      h['X-Post-Rate-Limit-Remaining'] = String(post.remaining);
      h['X-Post-Rate-Limit-Reset'] = String(this.secondsLeft(post));
    }
    return h;
  }

  private secondsLeft(b: Bucket): number {
    return Math.max(0, Math.ceil((b.resetAt - Date.now()) / 1000));
  }

  private bucket(key: string, limit: number): Bucket {
    let b = this.buckets.get(key);
    if (!b || b.resetAt <= Date.now()) {
      b = { remaining: limit, resetAt: Date.now() + this.opts.resetSeconds * 1000 };
      this.buckets.set(key, b);
    }
    return b;
  }
}
