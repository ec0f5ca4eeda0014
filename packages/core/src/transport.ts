/** What a transport sends: a plain header object with lower-case names, and a body that can be sent again. */
export interface TransportInit {
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: BodyInit | null | undefined;
}

/**
 * One HTTP exchange of the pipeline: resolves with the response and its whole
 * body as text once both have arrived. Rejects with `TIMED_OUT` when
 * `timeoutMs` passes first (body read included), with the signal's reason when
 * `signal` aborts, and with the cause otherwise (no response).
 */
export type Transport = (url: string, init: TransportInit, signal: AbortSignal | undefined, timeoutMs: number) => Promise<[Response, string]>;

/** The rejection of a transport whose timeout passed. */
export const TIMED_OUT: unique symbol = Symbol('timed out');

/**
 * The transport over a `fetch` (looked up per call): an `AbortController` per
 * exchange, aborted on timeout or when `signal` aborts. The returned promise
 * settles then even when a custom fetch ignores the abort signal.
 */
export function fetchTransport(getFetch: () => typeof fetch): Transport {
  return (url, init, signal, timeoutMs) => {
    const controller = new AbortController();
    let stop!: (reason: unknown) => void;
    const settled = new Promise<[Response, string]>((resolve, reject) => {
      stop = reject;
      getFetch()(url, { ...init, signal: controller.signal }).then((got) => got.text().then((t) => resolve([got, t]), reject), reject);
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
  };
}
