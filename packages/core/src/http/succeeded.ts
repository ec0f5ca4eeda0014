import type { ImgurResult } from '../call/result.js';
import type { RateLimitInfo } from '../types/rate-limit-info.js';
import type { TransportResponse } from '../types/transport.js';
import { asResponse } from '../util/as-response.js';

/**
 * A successful result whose `response` is a getter: the fetch `Response` is
 * made on its first read only (most callers never read it). A class, since an
 * object literal with a getter costs about a microsecond to make; so
 * `response` is not an own property (a spread copy leaves it out).
 */
class Succeeded {
  readonly error = undefined;
  readonly #head: TransportResponse;

  constructor(
    readonly data: unknown,
    head: TransportResponse,
    readonly rateLimit: RateLimitInfo,
  ) {
    this.#head = head;
  }

  get response(): Response {
    return asResponse(this.#head);
  }
}

/** The result of a call that succeeded with `data`. */
export const succeeded = (data: unknown, head: TransportResponse, rateLimit: RateLimitInfo): ImgurResult<unknown> => new Succeeded(data, head, rateLimit);
