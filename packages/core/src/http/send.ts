import type { CallOptions } from '../types/call-options.js';
import type { ImgurClient } from '../types/client.js';
import type { ImgurResult } from '../call/result.js';
import type { OperationMeta } from '../types/operation-meta.js';
import { peekState, secretsOf, stateOf, type ClientState } from '../state/client-state.js';
import type { CallTrace } from '../types/hooks.js';
import { checkCallOptions } from '../state/check-call-options.js';
import { messageOf } from '../util/message-of.js';
import { ImgurError } from '../errors/imgur-error.js';
import { prepareRequest } from './prepare-request.js';
import type { normalizeUpload } from '../upload/normalize-upload.js';
import { exchange } from './exchange.js';
import { abortError } from '../call/describe-operation.js';

/**
 * Sends one operation: splits the input (files read by `normalize`, given by
 * upload operations only), then runs the `exchange` pipeline, under the
 * client's hooks when it has some.
 * Never rejects: failures come back as `{ error }` (always an `ImgurError`).
 * Not itself `async`: the promise of the call is the pipeline's own, one step less per call.
 */
export function send(
  client: ImgurClient,
  meta: OperationMeta,
  input: Readonly<Record<string, unknown>> | undefined,
  options: CallOptions = {},
  normalize?: typeof normalizeUpload,
): Promise<ImgurResult<unknown>> {
  const s = peekState(client);
  // A closure for the hooks only: a call without hooks goes straight to `sendOnce`.
  return s?.hooks
    ? s.hooks.run(meta, input, { baseUrl: s.baseUrl, secrets: () => secretsOf(s) }, (trace) => sendOnce(client, meta, input, options, normalize, trace))
    : sendOnce(client, meta, input, options, normalize);
}

/** One call through `exchange` (see `send`); never rejects. */
async function sendOnce(
  client: ImgurClient,
  meta: OperationMeta,
  input: Readonly<Record<string, unknown>> | undefined,
  options: CallOptions,
  normalize: typeof normalizeUpload | undefined,
  trace?: CallTrace,
): Promise<ImgurResult<unknown>> {
  let state: ClientState | undefined;
  try {
    state = stateOf(client);
    checkCallOptions(meta.id, options);
    if (options.signal?.aborted) throw abortError(meta, options.signal.reason);
    const reader = state.readStream;
    const prepared = prepareRequest(meta, input ?? {}, normalize && ((source, where) => normalize(source, where, reader)));
    const { pathAndQuery, headers, body } = prepared instanceof Promise ? await prepared : prepared;
    return (await exchange(state, meta, state.baseUrl + pathAndQuery, headers, body, options, true, trace)).result;
  } catch (error) {
    return {
      data: undefined,
      error: error instanceof ImgurError ? error : new ImgurError(`${meta.id} failed unexpectedly: ${messageOf(error)}`, { cause: error, secrets: state && secretsOf(state) }),
    };
  }
}
