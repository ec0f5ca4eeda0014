import type { ImgurResult } from '../call/result.js';
import type { RateLimitInfo } from '../types/rate-limit-info.js';
import type { TransportResponse } from '../types/transport.js';
import { asResponse } from '../util/as-response.js';
import { HEAD } from '../util/status-of.js';

type Head = { readonly [HEAD]: TransportResponse };

/**
 * `response`, one accessor shared by every successful result: it reads the answer through `this` (a `Proxy` that
 * forwards the receiver reads it through the proxy), and assigning it makes it a plain property.
 */
const RESPONSE: PropertyDescriptor = {
  get(this: Head): Response {
    return asResponse(this[HEAD]);
  },
  set(this: Head, value: unknown): void {
    Object.defineProperty(this, 'response', { value, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true,
  configurable: true,
};

/**
 * The result of a call that succeeded with `data`. Its `response` is an own
 * enumerable accessor (so a spread, `Object.assign` or a clone keeps it) that
 * builds the fetch `Response` on its first read only (most callers never read
 * it; the answer builds it once). The answer is kept under a symbol key.
 */
export const succeeded = (data: unknown, head: TransportResponse, rateLimit: RateLimitInfo): ImgurResult<unknown> => {
  const result = { data, error: undefined } as { data: unknown; error: undefined; response: Response; rateLimit: RateLimitInfo; [HEAD]: TransportResponse };
  Object.defineProperty(result, 'response', RESPONSE);
  result.rateLimit = rateLimit;
  result[HEAD] = head;
  return result;
};
