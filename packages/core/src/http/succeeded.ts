import type { ImgurResult } from '../call/result.js';
import type { RateLimitInfo } from '../types/rate-limit-info.js';
import type { TransportResponse } from '../types/transport.js';
import { asResponse } from '../util/as-response.js';
import { STATUS } from '../util/status-of.js';
import { redactResponse } from '../util/redact-response.js';

/** Makes `response` a plain property of `target` holding `value` (what assigning it does). */
function assign(this: object, value: unknown): void {
  Object.defineProperty(this, 'response', { value, writable: true, enumerable: true, configurable: true });
}

/**
 * The result of a call that succeeded with `data`. Its `response` is an own
 * enumerable accessor (so a spread, `Object.assign` or a clone keeps it) that
 * builds the fetch `Response` on its first read only (most callers never read
 * it), with any of `secrets` the server echoed in a header or its reason phrase
 * redacted (see `redactResponse`), and gives the same object on every read; assigning it makes it a plain
 * property. The answer and `secrets` live only in the accessor's closure: nothing on the result holds them, so
 * printing it (even with hidden properties shown, as Bun's `console.log` does) or copying it shows neither.
 * Only the status is kept on it, under a symbol key that is not enumerable (see `statusOf`).
 */
export const succeeded = (data: unknown, head: TransportResponse, rateLimit: RateLimitInfo, secrets: () => readonly (string | undefined)[]): ImgurResult<unknown> => {
  const result = { data, error: undefined } as { data: unknown; error: undefined; response: Response; rateLimit: RateLimitInfo };
  let shown: Response | undefined;
  Object.defineProperty(result, 'response', {
    // An arrow: read through a Proxy (reactive wrappers), it needs no receiver.
    get: (): Response => (shown ??= redactResponse(asResponse(head), secrets())),
    set: assign,
    enumerable: true,
    configurable: true,
  });
  result.rateLimit = rateLimit;
  // Writable and configurable, as a plain property is: a Proxy may then hand out its own value.
  Object.defineProperty(result, STATUS, { value: head.status, writable: true, configurable: true });
  return result;
};
