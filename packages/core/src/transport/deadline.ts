/** The rejection of a transport whose timeout passed. */
export const TIMED_OUT: unique symbol = Symbol('timed out');

/**
 * Runs one exchange under `timeoutMs` and the caller's `signal`: `run` gets
 * the signal of an `AbortController` that is aborted on timeout (rejecting
 * with `TIMED_OUT`) or when `signal` aborts (rejecting with its reason), and
 * `touch`, which starts the timeout again: a transport calls it for every
 * piece of a request body sent, so a long upload times out only when it
 * stalls. The returned promise settles then even when `run` ignores the abort.
 */
export function withDeadline(
  signal: AbortSignal | undefined,
  timeoutMs: number,
  run: (signal: AbortSignal, touch: () => void) => Promise<[Response, string]>,
): Promise<[Response, string]> {
  const controller = new AbortController();
  let stop!: (reason: unknown) => void;
  let timer: ReturnType<typeof setTimeout>;
  let over = false;
  const touch = (): void => {
    if (over) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      stop(TIMED_OUT);
      controller.abort();
    }, timeoutMs);
  };
  const settled = new Promise<[Response, string]>((resolve, reject) => {
    stop = reject;
    touch();
    run(controller.signal, touch).then(resolve, reject);
  });
  const onAbort = (): void => {
    controller.abort(signal!.reason);
    stop(signal!.reason);
  };
  signal?.addEventListener('abort', onAbort);
  return settled.finally(() => {
    over = true;
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  });
}
