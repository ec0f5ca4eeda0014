import type { CallOptions } from '../types/call-options.js';
import type { ClientState } from '../state/client-state.js';
import type { OperationMeta } from '../types/operation-meta.js';
import { emit } from '../state/log.js';
import { describeOperation } from '../call/describe-operation.js';
import { messageOf } from '../util/message-of.js';

/**
 * The `(loaded, total)` callback a transport calls for the caller's
 * `onProgress` (undefined without one): it adds `percent` (100 only once all
 * is sent; a body of 0 bytes is all sent at once) and never throws. If
 * `onProgress` throws, the upload goes on, `onProgress` is not called again
 * for this call, and the error's message goes to the client's logger as a
 * `callback-failed` event (redacted), as for `onTokens`: a broken progress display must not lose an
 * upload the server may already have stored.
 */
export function progressReporter(state: ClientState, meta: OperationMeta, report: CallOptions['onProgress']): ((loaded: number, total?: number) => void) | undefined {
  if (!report) return undefined;
  let broken = false;
  return (loaded, total) => {
    if (broken) return;
    try {
      report({ loaded, total, percent: total === undefined ? total : total ? Math.floor((loaded * 100) / total) : 100 });
    } catch (error) {
      broken = true;
      emit(state, 'error', 'callback-failed', meta, `${describeOperation(meta)}: onProgress threw: ${messageOf(error)}`);
    }
  };
}
