/**
 * An internal call option (never public): a function the pipeline calls
 * each time it hands a request to the transport, so `uploadBatch` can tell an
 * upload that may have reached Imgur from one that never left.
 */
export const REQUEST_STARTED: unique symbol = Symbol('imgur-ts request started');

/** Call options that may carry the `REQUEST_STARTED` hook. */
export interface RequestStartedOption {
  readonly [REQUEST_STARTED]?: () => void;
}
