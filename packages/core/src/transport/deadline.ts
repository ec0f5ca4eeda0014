/** The rejection of a transport whose timeout passed. */
export const TIMED_OUT: unique symbol = Symbol('timed out');

/**
 * Runs one exchange under `timeoutMs` and the caller's `signal`: `run` gets
 * the signal of an `AbortController` that is aborted on timeout (rejecting
 * with `TIMED_OUT`) or when `signal` aborts (rejecting with its reason). The
 * returned promise settles then even when `run` ignores the abort.
 */
export function withDeadline(signal: AbortSignal | undefined, timeoutMs: number, run: (signal: AbortSignal) => Promise<[Response, string]>): Promise<[Response, string]> {
  const controller = new AbortController();
  let stop!: (reason: unknown) => void;
  const settled = new Promise<[Response, string]>((resolve, reject) => {
    stop = reject;
    run(controller.signal).then(resolve, reject);
  });
  const onAbort = (): void => {
    controller.abort(signal!.reason);
    stop(signal!.reason);
  };
  const timer = setTimeout(() => {
    stop(TIMED_OUT);
    controller.abort();
  }, timeoutMs);
  signal?.addEventListener('abort', onAbort);
  return settled.finally(() => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  });
}
