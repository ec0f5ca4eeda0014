import type { ImgurResult } from '../call/result.js';
import type { RateLimitInfo } from '../types/rate-limit-info.js';
import type { TransportResponse } from '../types/transport.js';
import { asResponse } from '../util/as-response.js';
import { ANSWER, type Answer } from '../util/status-of.js';
import { redactResponse } from '../util/redact-response.js';

/**
 * `response`, one accessor shared by every successful result (one shape for all of them): it asks the result's
 * answer (read through `this`: a `Proxy` that forwards the receiver reads it through the proxy), and assigning
 * it makes it a plain property.
 */
const RESPONSE: PropertyDescriptor = {
  get(this: { readonly [ANSWER]: Answer }): Response {
    return this[ANSWER]();
  },
  set(this: object, value: unknown): void {
    Object.defineProperty(this, 'response', { value, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true,
  configurable: true,
};

/**
 * The result of a call that succeeded with `data`. Its `response` is an own
 * enumerable accessor (so a spread, `Object.assign` or a clone keeps it) that
 * builds the fetch `Response` on its first read only (most callers never read
 * it), with any of `secrets` the server echoed in a header or its reason phrase
 * redacted (see `redactResponse`), and gives the same object on every read. The answer and `secrets` live only
 * in the closure of a function kept under a symbol key that is not enumerable (see `Answer`): printing the result,
 * even with hidden properties shown (as Bun's `console.log` does), or copying it shows neither.
 */
export const succeeded = (data: unknown, head: TransportResponse, rateLimit: RateLimitInfo, secrets: () => readonly (string | undefined)[]): ImgurResult<unknown> => {
  const result = { data, error: undefined } as { data: unknown; error: undefined; response: Response; rateLimit: RateLimitInfo };
  Object.defineProperty(result, 'response', RESPONSE);
  result.rateLimit = rateLimit;
  let shown: Response | undefined;
  const answer = ((status?: true) => (status ? head.status : (shown ??= redactResponse(asResponse(head), secrets())))) as Answer;
  // Writable and configurable, as a plain property is: a Proxy may then hand out its own value.
  Object.defineProperty(result, ANSWER, { value: answer, writable: true, configurable: true });
  return result;
};
