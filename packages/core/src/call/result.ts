import type { ImgurError } from '../errors/imgur-error.js';
import type { RateLimitInfo } from '../types/rate-limit-info.js';

/** A successful call's data together with the raw response and its rate-limit headers. */
export interface ImgurResponse<D> {
  readonly data: D;
  /** Status, headers and `url` of the response; its body has already been read into `data`. */
  readonly response: Response;
  readonly rateLimit: RateLimitInfo;
}

/** Result style: never rejects; check `error` first. */
export type ImgurResult<D> =
  | { readonly data: D; readonly error: undefined; readonly response: Response; readonly rateLimit: RateLimitInfo }
  | {
      readonly data: undefined;
      readonly error: ImgurError;
      readonly response?: Response | undefined;
      readonly rateLimit?: RateLimitInfo | undefined;
    };
