/** The key under which a successful result keeps the answer it came from (see `succeeded`). */
export const HEAD: unique symbol = Symbol('imgur-ts.head');

/** The status of a call's response without building a `Response`: that of the answer a successful result came from, or of its `response`. */
export const statusOf = (result: { readonly [HEAD]?: { readonly status: number }; readonly response?: Response | undefined }): number | undefined =>
  (result[HEAD] ?? result.response)?.status;
