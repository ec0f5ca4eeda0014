import type { Operation } from '../call/operation.js';
import type { OperationMeta } from '../types/operation-meta.js';
import { normalizeUpload } from '../upload/normalize-upload.js';
import { makeOperation } from './define-operation.js';

/**
 * `defineOperation` for an operation with file fields (`meta.body.binary`,
 * such as `uploadImage`): files, bytes, streams, URLs and base64 in those
 * fields are read, recognised from their bytes and checked against the size
 * limits before sending. Kept apart so that apps that upload nothing bundle
 * none of the file reading.
 */
export function defineUploadOperation<I, D>(meta: OperationMeta): Operation<I, D> {
  return makeOperation<I, D>(meta, normalizeUpload);
}
