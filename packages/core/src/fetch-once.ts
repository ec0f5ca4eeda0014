import { secretsOf, type ClientState } from './client-state.js';
import { ImgurAbortError, ImgurNetworkError, ImgurTimeoutError } from './errors/transport-errors.js';

/** A response whose body has been read as text (within the timeout). */
export interface FetchedResponse {
  readonly response: Response;
  readonly text: string;
}

/** Throws `ImgurAbortError` when the caller's signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted) throw new ImgurAbortError(`${what} was aborted.`, { cause: signal.reason });
}

/**
 * Sends one request with a per-attempt timeout linked to the caller's signal,
 * and reads the body. Maps failures to `ImgurAbortError`, `ImgurTimeoutError`
 * or `ImgurNetworkError` (messages redacted).
 */
export async function fetchOnce(
  state: ClientState,
  make: (signal: AbortSignal) => Request,
  what: string,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<FetchedResponse> {
  throwIfAborted(signal, what);
  const controller = new AbortController();
  const request = make(controller.signal);
  const onAbort = (): void => controller.abort(signal?.reason);
  let timedOut = false;
  const timer = setTimeout(() => { 
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  signal?.addEventListener('abort', onAbort);
  try {
    const response = await state.fetch(request);
    return { response, text: await response.text() };
  } catch (error) {
    throwIfAborted(signal, what);
    if (timedOut) throw new ImgurTimeoutError(`${what} timed out after ${timeoutMs} ms.`, { cause: error });
    throw new ImgurNetworkError(`${what} failed before a response arrived: ${(error as Error)?.message ?? error}`, { cause: error, secrets: secretsOf(state) });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
