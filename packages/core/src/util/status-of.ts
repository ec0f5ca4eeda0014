/**
 * What a successful result keeps of its answer (see `succeeded`): called without an argument, the `Response`
 * (built and redacted on the first call, the same object after); with `true`, the status alone. A function, so
 * that the answer and the secrets stay in its closure, out of reach of printing and copying.
 */
export type Answer = ((status?: false) => Response) & ((status: true) => number);

/** The key under which a successful result keeps its `Answer` (not enumerable). */
export const ANSWER: unique symbol = Symbol('imgur-ts.answer');

/** The status of a call's response without building a `Response`: that of a successful result's answer, or of its `response`. */
export const statusOf = (result: { readonly [ANSWER]?: Answer; readonly response?: Response | undefined }): number | undefined =>
  result[ANSWER] ? result[ANSWER](true) : result.response?.status;
