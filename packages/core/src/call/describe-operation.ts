import type { OperationMeta } from '../types/operation-meta.js';
import { ImgurAbortError } from '../errors/transport-errors.js';

/** `METHOD /path (operation.id)`: how messages name an operation. */
export const describeOperation = (meta: OperationMeta): string => `${meta.method} ${meta.path} (${meta.id})`;

/** The `ImgurAbortError` of an aborted call, with the signal's reason as its cause. */
export const abortError = (meta: OperationMeta, cause: unknown): ImgurAbortError => new ImgurAbortError(`${describeOperation(meta)} was aborted.`, { cause });
