/** Where a successful result keeps its status (not enumerable: printing or copying a result does not show it). */
export const STATUS: unique symbol = Symbol('imgur-ts.status');

/** The status of a result: the one kept with it (no `Response` built for it), else its `response`'s. */
export const statusOf = (result: { readonly [STATUS]?: number; readonly response?: Response | undefined }): number | undefined => result[STATUS] ?? result.response?.status;
