import type { ImgurError } from '../errors/imgur-error.js';
import { ImgurApiError } from '../errors/api-error.js';
import { ImgurAbortError, ImgurNetworkError, ImgurTimeoutError } from '../errors/transport-errors.js';

/** What `uploadBatch` saw of one upload: whether a request went out, and the last progress event (uploads given `onProgress`). */
export interface UploadTrace {
  started: boolean;
  loaded?: number;
  total?: number | undefined;
}

/**
 * Whether a failed upload may have been stored by Imgur, and how much of its
 * body had gone out: `undefined` when it cannot have been (no request went out,
 * or Imgur answered with an error status). A request cut off without an
 * answer (aborted, timed out, a network failure) may have been stored once it
 * went out; a success status whose body could not be read was.
 */
export function maybeStored(error: ImgurError, trace: UploadTrace): 'all' | 'part' | 'unknown' | undefined {
  if (!trace.started) return undefined;
  if (error instanceof ImgurApiError) return error.status >= 200 && error.status < 300 ? 'all' : undefined;
  if (!(error instanceof ImgurAbortError || error instanceof ImgurTimeoutError || error instanceof ImgurNetworkError)) return undefined;
  if (trace.loaded === undefined) return 'unknown';
  return trace.total !== undefined && trace.loaded >= trace.total ? 'all' : 'part';
}
