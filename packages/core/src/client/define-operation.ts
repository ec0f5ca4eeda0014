import type { CallOptions } from '../types/call-options.js';
import type { ImgurClient } from '../types/client.js';
import type { ImgurResult } from '../call/result.js';
import type { Operation, PageableOperation } from '../call/operation.js';
import type { OperationMeta, PagingMeta } from '../types/operation-meta.js';
import { ImgurPromise } from '../call/imgur-promise.js';
import { send } from '../http/send.js';
import type { normalizeUpload } from '../upload/normalize-upload.js';

/**
 * Turns operation metadata into a typed function `(client, input?, options?)`
 * returning an `ImgurPromise`. Used by the generated resource packages. An
 * operation with file fields (`meta.body.binary`) is made with
 * `defineUploadOperation`, which also reads files.
 */
export function defineOperation<I, D>(meta: OperationMeta): Operation<I, D> {
  return makeOperation<I, D>(meta);
}

/** `defineOperation`, with `normalize` reading the files of file fields (`defineUploadOperation`). */
export function makeOperation<I, D>(meta: OperationMeta, normalize?: typeof normalizeUpload): Operation<I, D> {
  const op = (client: ImgurClient, input?: I, options?: CallOptions): ImgurPromise<D> =>
    new ImgurPromise<D>(send(client, meta, input as Readonly<Record<string, unknown>> | undefined, options, normalize) as Promise<ImgurResult<D>>);
  return Object.assign(op, { meta }) as unknown as Operation<I, D>;
}

/** Like `defineOperation`, for list operations that `paginate` accepts (`meta.paging` required). */
export function definePageableOperation<I, D, Item>(meta: OperationMeta & { readonly paging: PagingMeta }): PageableOperation<I, D, Item> {
  return defineOperation<I, D>(meta) as PageableOperation<I, D, Item>;
}
