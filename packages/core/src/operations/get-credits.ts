import type { CallOptions } from '../types/call-options.js';
import type { ImgurClient } from '../types/client.js';
import type { OperationMeta } from '../types/operation-meta.js';
import type { ImgurPromise } from '../call/imgur-promise.js';
import { defineOperation } from '../client/define-operation.js';

/** Rate-limit status as `GET /3/credits` reports it. */
export interface Credits {
  readonly UserLimit: number;
  readonly UserRemaining: number;
  /** Unix epoch seconds. */
  readonly UserReset: number;
  readonly ClientLimit: number;
  readonly ClientRemaining: number;
}

/** Metadata of `GET /3/credits`. */
export const CREDITS_META: OperationMeta = {
  id: 'core.getCredits',
  method: 'GET',
  path: '/3/credits',
  security: ['bearer', 'clientId'],
  envelope: true,
  // Imgur documents no cost; 0 lets the budget guard always allow checking.
  credits: 0,
};

const creditsOperation = /* @__PURE__ */ defineOperation<Record<string, never>, Credits>(CREDITS_META);

/** Reads the remaining rate-limit credits (`GET /3/credits`). Never refused by the `budget` guard. */
export function getCredits(client: ImgurClient, options?: CallOptions): ImgurPromise<Credits> {
  return creditsOperation(client, {}, options);
}
