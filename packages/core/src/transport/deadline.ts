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
  let timer: ReturnType<typeof setTimeout>;
  let over = false;
  let resolve!: (value: [Response, string]) => void;
  let reject!: (reason: unknown) => void;
  // Settles once: the timer and the listener go with the first outcome (no `finally` step per call).
  const fulfil = (value: [Response, string]): void => {
    if (over) return;
    end();
    resolve(value);
  };
  const stop = (reason: unknown): void => {
    if (over) return;
    end();
    reject(reason);
  };
  const end = (): void => {
    over = true;
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  };
  const touch = (): void => {
    if (over) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      stop(TIMED_OUT);
      controller.abort();
    }, timeoutMs);
  };
  const onAbort = (): void => {
    controller.abort(signal!.reason);
    stop(signal!.reason);
  };
  return new Promise<[Response, string]>((ok, fail) => {
    resolve = ok;
    reject = fail;
    touch();
    signal?.addEventListener('abort', onAbort);
    // A `run` that throws at once rejects this promise (the executor catches it) and leaves the timer armed: stopped here.
    try {
      run(controller.signal, touch).then(fulfil, stop);
    } catch (error) {
      stop(error);
    }
  });
}

/** The timeout and caller's signal of one exchange that needs no `AbortSignal` (see `timed`). */
export interface Deadline {
  /** Called at most once, with `TIMED_OUT` or the signal's reason; set before the exchange starts. */
  onStop: (reason: unknown) => void;
  /** Starts the timeout again. */
  touch(): void;
  /** Stops the timer and the listening to the signal: called once the exchange is over. */
  clear(): void;
}

/**
 * `withDeadline` for an exchange that can be stopped directly (a node:http
 * request is destroyed): no `AbortController` per call, one timer, and a
 * listener on `signal` only when there is one. `run` sets
 * `deadline.onStop` and calls `deadline.clear()` when it settles; its
 * promise is returned as it is.
 */
export function timed<T>(signal: AbortSignal | undefined, timeoutMs: number, run: (deadline: Deadline, touch: () => void) => Promise<T>): Promise<T> {
  let over = false;
  const stop = (reason: unknown): void => {
    if (over) return;
    deadline.clear();
    deadline.onStop(reason);
  };
  const expire = (): void => stop(TIMED_OUT);
  const onAbort = (): void => stop(signal!.reason);
  let timer = setTimeout(expire, timeoutMs);
  const deadline: Deadline = {
    onStop: () => {},
    touch: () => {
      if (over) return;
      clearTimeout(timer);
      timer = setTimeout(expire, timeoutMs);
    },
    clear: () => {
      over = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
  signal?.addEventListener('abort', onAbort);
  return run(deadline, deadline.touch);
}
