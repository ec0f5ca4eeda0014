import type { CallOptions } from '../types/call-options.js';
import type { ImgurClient } from '../types/client.js';
import type { UploadProgress } from '../types/upload-progress.js';
import type { UploadSource } from '../types/upload-source.js';
import type { ImgurError } from '../errors/imgur-error.js';
import { ImgurBudgetError, ImgurUsageError } from '../errors/usage-errors.js';
import { ImgurAbortError } from '../errors/transport-errors.js';
import { batchBudget } from '../rate-limit/batch-budget.js';
import { getCredits } from './get-credits.js';
import { upload, UPLOAD_META, type UploadedImage, type UploadFields } from './upload.js';
import { maybeStored, type UploadTrace } from './upload-trace.js';
import { REQUEST_STARTED, type RequestStartedOption } from '../call/request-started.js';

/** One item of `uploadBatch`: a source, or a source with its own fields. */
export type UploadBatchItem = UploadSource | { readonly source: UploadSource; readonly fields?: UploadFields };

/** What became of one item of `uploadBatch`; `index` is its position in the input. */
export type UploadBatchItemResult =
  /** Uploaded: `data` is what `upload` returns. */
  | { readonly index: number; readonly status: 'uploaded'; readonly data: UploadedImage }
  /** Sent and failed, not stored: `error` is what `upload` rejects with (an `ImgurApiError` for Imgur's refusal, an `ImgurUploadError` for a source that cannot be read). */
  | { readonly index: number; readonly status: 'failed'; readonly error: ImgurError }
  /**
   * Its request went out, but no usable answer came back: cut off in flight
   * (aborted: `ImgurAbortError`; timed out; the connection failed) or a
   * success status whose body could not be read. Imgur may have stored the
   * upload (and counted its 10 credits), so uploading it again may make a
   * duplicate: look for it first (an account's images), or accept that. `sent`
   * is how much of the body had gone out: `'all'` or `'part'` from the
   * progress events (reported for every upload when the batch has an
   * `onProgress`), else `'unknown'`. An upload whose answer arrived is never
   * here: it is `uploaded`, with its `deletehash`, even when the batch was
   * aborted meanwhile.
   */
  | { readonly index: number; readonly status: 'maybe-stored'; readonly sent: 'all' | 'part' | 'unknown'; readonly error: ImgurError }
  /**
   * Never sent: the budget would have run out (`ImgurBudgetError`, saying how
   * many credits remain and the floor) or the batch was aborted before its
   * request went out (`ImgurAbortError`): Imgur has not stored it.
   */
  | { readonly index: number; readonly status: 'not-sent'; readonly reason: 'budget' | 'aborted'; readonly error: ImgurError };

/** Options of `uploadBatch`: the call options every upload gets, and the batch's own. */
export interface UploadBatchOptions extends Omit<CallOptions, 'onProgress'> {
  /** Most uploads in flight at once: a whole number of at least 1 (default 3). */
  readonly concurrency?: number;
  /** Album ID, or the album deletehash for anonymous albums, for every item whose fields name no album. */
  readonly album?: string;
  /**
   * Aborts the uploads in flight (`maybe-stored` with `ImgurAbortError` once
   * their request went out, else `not-sent`) and leaves the rest `not-sent`;
   * the batch still resolves.
   */
  readonly signal?: AbortSignal;
  /** How much of item `index` has been sent: the `onProgress` call option of its upload. */
  readonly onProgress?: (index: number, progress: UploadProgress) => void;
  /**
   * Called once per item as it settles (uploaded, failed, maybe stored or not sent). If it
   * throws, no further item starts and `uploadBatch` rejects with that error
   * once the uploads in flight have settled.
   */
  readonly onItem?: (result: UploadBatchItemResult) => void;
}

/** The outcome of `uploadBatch`: every item in input order, and the same results by status. */
export interface UploadBatchResult {
  /** `results[i]` is the result of the i-th item. */
  readonly results: readonly UploadBatchItemResult[];
  /** The uploaded items, in input order. */
  readonly uploaded: readonly Extract<UploadBatchItemResult, { status: 'uploaded' }>[];
  /** The items sent that failed, in input order. */
  readonly failed: readonly Extract<UploadBatchItemResult, { status: 'failed' }>[];
  /** The items Imgur may have stored without the batch getting the answer (cut off in flight), in input order. */
  readonly maybeStored: readonly Extract<UploadBatchItemResult, { status: 'maybe-stored' }>[];
  /** The items never sent (budget or abort), in input order. */
  readonly notSent: readonly Extract<UploadBatchItemResult, { status: 'not-sent' }>[];
}

type NotSent = Extract<UploadBatchItemResult, { status: 'not-sent' }>;

/** A `{ source, fields? }` item rather than a source (no source kind has a `source` key; async iterables, such as Node streams, are sources). */
const isItem = (item: UploadBatchItem): item is Exclude<UploadBatchItem, UploadSource> =>
  typeof item === 'object' && item !== null && 'source' in item && !(Symbol.asyncIterator in item);

/** A filter keeping the results of one status. */
const of =
  <S extends UploadBatchItemResult['status']>(status: S) =>
  (r: UploadBatchItemResult): r is Extract<UploadBatchItemResult, { status: S }> =>
    r.status === status;

/**
 * Uploads many images or videos (`POST /3/upload` each, 10 credits each),
 * `concurrency` at a time (default 3), and resolves with what became of every
 * item, in input order: one failing item never stops the others, and the batch
 * never rejects for item failures, only for its own usage errors
 * (`ImgurUsageError`: a bad `concurrency` or `album`, `items` not iterable, not
 * an Imgur client). `items` is read once, at the start.
 *
 * With a client `budget`, the batch stops before the credits would go below a
 * floor, counting the uploads in flight (10 credits each) against the lowest
 * rate-limit numbers seen: an item that would break it, and every later one,
 * is `not-sent` with reason `budget`, as after an `ImgurBudgetError` of an
 * upload. Without numbers yet (or past their reset time), it calls
 * `getCredits` first (0 credits); if that fails, nothing is sent (`not-sent`,
 * reason `budget`, the failure as `cause`). Numbers past their reset time
 * refuse nothing, as for single calls. When `signal` aborts, the uploads in flight
 * are aborted and the items not started are `not-sent` with reason `aborted`;
 * an upload cut off after its request went out is `maybe-stored` (Imgur may
 * have kept it), one whose answer arrived is `uploaded` with its deletehash.
 */
export async function uploadBatch(client: ImgurClient, items: Iterable<UploadBatchItem>, options: UploadBatchOptions = {}): Promise<UploadBatchResult> {
  const { concurrency = 3, album, signal, onProgress, onItem, ...call } = options;
  if (!Number.isSafeInteger(concurrency) || concurrency < 1)
    throw new ImgurUsageError(`uploadBatch: options.concurrency must be a whole number of at least 1, not ${String(concurrency)}.`);
  if (album !== undefined && typeof album !== 'string') throw new ImgurUsageError(`uploadBatch: options.album must be a string (an album ID or deletehash), not ${typeof album}.`);
  // A string or bytes would be iterated as one item per character or byte.
  if (typeof items === 'string' || ArrayBuffer.isView(items) || typeof (items as Partial<Iterable<unknown>> | null)?.[Symbol.iterator] !== 'function') {
    throw new ImgurUsageError('uploadBatch: items must be an array (or another iterable) of upload sources or { source, fields } objects, not a single source.');
  }
  const list = [...items];
  // A Node stream waiting for its turn has no reader yet: an 'error' it emits meanwhile (a file stream that cannot open)
  // would be uncaught and end the process. Listened to here, it fails that item when its turn comes instead.
  for (const item of list) {
    const source = (isItem(item) ? item.source : item) as { on?: unknown } | null;
    if (typeof source?.on === 'function') (source as { on(event: 'error', listener: () => void): unknown }).on('error', () => {});
  }
  const budget = batchBudget(client);
  const results: UploadBatchItemResult[] = [];
  const cost = UPLOAD_META.credits ?? 10;
  let next = 0;
  let inFlight = 0;
  let stop: Pick<NotSent, 'reason' | 'error'> | undefined;
  // What `onItem` threw, if it did (at most one).
  const thrown: unknown[] = [];

  const settle = (result: UploadBatchItemResult): void => {
    results[result.index] = result;
    try {
      if (!thrown.length) onItem?.(result);
    } catch (error) {
      thrown.push(error);
    }
  };

  if (list.length && budget?.blind && !signal?.aborted) {
    const { data, error } = await getCredits(client, { ...call, signal }).asResult();
    if (data) budget.seed({ clientRemaining: data.ClientRemaining, userRemaining: data.UserRemaining, userReset: data.UserReset });
    // Aborted: the workers say so. Read but past its reset time: the budget does not apply.
    if (error && !signal?.aborted) {
      stop = {
        reason: 'budget',
        error: new ImgurBudgetError(`uploadBatch: nothing was sent: the budget cannot be checked, reading the credits failed: ${error.message}`, { cause: error }),
      };
    }
  }

  const worker = async (): Promise<void> => {
    while (next < list.length && !stop && !thrown.length) {
      const index = next;
      if (signal?.aborted) stop = { reason: 'aborted', error: new ImgurAbortError(`uploadBatch was aborted: items[${index}] and later were not sent.`, { cause: signal.reason }) };
      else {
        const refusal = budget?.refusal(`uploadBatch: items[${index}] and later were not sent`, cost, inFlight);
        if (refusal) stop = { reason: 'budget', error: refusal };
      }
      if (stop) return;
      next++;
      inFlight++;
      const item = list[index]!;
      const { source, fields } = isItem(item) ? item : { source: item, fields: undefined };
      const withAlbum = album === undefined || fields?.album !== undefined ? fields : { ...fields, album };
      const trace: UploadTrace = { started: false };
      const forward =
        onProgress &&
        ((progress: UploadProgress) => {
          trace.loaded = progress.loaded;
          trace.total = progress.total;
          onProgress(index, progress);
        });
      const options: CallOptions & RequestStartedOption = { ...call, signal, onProgress: forward, [REQUEST_STARTED]: () => void (trace.started = true) };
      const { data, error, rateLimit } = await upload(client, source, withAlbum, options).asResult();
      inFlight--;
      // Its own numbers: the client keeps only the last answer's, which may not be the newest.
      if (rateLimit) budget?.seed(rateLimit);
      if (error instanceof ImgurBudgetError) {
        stop ??= { reason: 'budget', error };
        settle({ index, status: 'not-sent', reason: 'budget', error });
      } else if (!error) settle({ index, status: 'uploaded', data });
      else {
        const sent = maybeStored(error, trace);
        if (sent) settle({ index, status: 'maybe-stored', sent, error });
        else if (error instanceof ImgurAbortError && !trace.started) settle({ index, status: 'not-sent', reason: 'aborted', error });
        else settle({ index, status: 'failed', error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, list.length) }, worker));
  // The workers stop early only when `stop` is set or `onItem` threw.
  for (let index = next; index < list.length && !thrown.length; index++) settle({ index, status: 'not-sent', ...stop! });
  if (thrown.length) throw thrown[0];
  return {
    results,
    uploaded: results.filter(of('uploaded')),
    failed: results.filter(of('failed')),
    maybeStored: results.filter(of('maybe-stored')),
    notSent: results.filter(of('not-sent')),
  };
}
