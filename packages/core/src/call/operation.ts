/**
 * What the generated code builds on: `Operation` and `PageableOperation` are
 * the types of every generated function (change them together with
 * packages/codegen).
 */

import type { CallOptions } from '../types/call-options.js';
import type { ImgurClient } from '../types/client.js';
import type { OperationMeta, PagingMeta } from '../types/operation-meta.js';
import type { ImgurPromise } from './imgur-promise.js';

/** Argument list of an operation: the input may be omitted when all its fields are optional. */
// biome-ignore lint/complexity/noBannedTypes: `{} extends I` is the check that every field of I is optional.
export type OperationArgs<I> = {} extends I ? [input?: I, options?: CallOptions] : [input: I, options?: CallOptions];

/** A typed API operation: call it with a client and its input. */
export interface Operation<I, D> {
  (client: ImgurClient, ...args: OperationArgs<I>): ImgurPromise<D>;
  readonly meta: OperationMeta;
}

declare const pageItem: unique symbol;

/** An operation that `paginate` accepts: it has `meta.paging`, and pages hold `Item`s. */
export interface PageableOperation<I, D, Item> extends Operation<I, D> {
  readonly meta: OperationMeta & { readonly paging: PagingMeta };
  /** Phantom: carries the item type for `paginate`. Never set at runtime. */
  readonly [pageItem]?: Item;
}
