import type { ImgurResult } from '../call/result.js';
import type { RateLimitInfo } from '../types/rate-limit-info.js';
import type { TransportResponse } from '../types/transport.js';
import { asResponse } from '../util/as-response.js';
import { HEAD } from '../util/status-of.js';
import { redactResponse } from '../util/redact-response.js';

/** Where a result keeps the secrets its response is shown without (not enumerable, as the answer is not). */
const SECRETS: unique symbol = Symbol('imgur-ts.secrets');

type Head = { readonly [HEAD]: TransportResponse; readonly [SECRETS]: () => readonly (string | undefined)[] };

/**
 * `response`, one accessor shared by every successful result: it reads the answer through `this` (a `Proxy` that
 * forwards the receiver reads it through the proxy), and assigning it makes it a plain property.
 */
const RESPONSE: PropertyDescriptor = {
  get(this: Head): Response {
    const built = asResponse(this[HEAD]);
    const shown = redactResponse(built, this[SECRETS]());
    // A copy with a header redacted: kept, so that every read gives the same object.
    if (shown !== built) Object.defineProperty(this, 'response', { value: shown, writable: true, enumerable: true, configurable: true });
    return shown;
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
 * it; the answer builds it once), with any of `secrets` the server echoed in a header or its reason phrase
 * redacted (see `redactResponse`). The answer and `secrets` are kept under symbol keys that are not enumerable,
 * so that printing or copying a result shows neither.
 */
export const succeeded = (data: unknown, head: TransportResponse, rateLimit: RateLimitInfo, secrets: () => readonly (string | undefined)[]): ImgurResult<unknown> => {
  const result = { data, error: undefined } as { data: unknown; error: undefined; response: Response; rateLimit: RateLimitInfo };
  Object.defineProperty(result, 'response', RESPONSE);
  result.rateLimit = rateLimit;
  // Writable and configurable, as a plain property is: a Proxy (reactive wrappers) may then hand out a wrapped value.
  Object.defineProperty(result, HEAD, { value: head, writable: true, configurable: true });
  Object.defineProperty(result, SECRETS, { value: secrets, writable: true, configurable: true });
  return result;
};
