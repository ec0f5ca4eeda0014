import { readBody } from './read-body.js';
import { REDIRECTS, redirectTo } from './redirect.js';
import { ImgurRedirectError } from './errors/transport-errors.js';

/** What a transport sends: a plain header object with lower-case names, and a body that can be sent again. */
export interface TransportInit {
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: BodyInit | null | undefined;
  /** Largest body accepted, in bytes after decompression (`ImgurResponseTooLargeError` past it). */
  readonly maxBytes: number;
  /** Follow same-origin redirects (see `redirectTo`); false: a 3xx is the response. */
  readonly follow: boolean;
}

/**
 * One HTTP exchange of the pipeline: resolves with the response and its whole
 * body as text once both have arrived. Rejects with `TIMED_OUT` when
 * `timeoutMs` passes first (body read included), with the signal's reason when
 * `signal` aborts, with an `ImgurRedirectError` or `ImgurResponseTooLargeError`
 * (not retried), and with the cause otherwise (no response).
 */
export type Transport = (url: string, init: TransportInit, signal: AbortSignal | undefined, timeoutMs: number) => Promise<[Response, string]>;

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

/**
 * The transport over a `fetch` (looked up per call) of Node, Deno, Bun and
 * workers, under `withDeadline`. Redirects are fetched with
 * `redirect: 'manual'` and followed here, within the origin only (see
 * `redirectTo`); one whose target the browser hides (`opaqueredirect`) fails
 * with `ImgurRedirectError`.
 */
export function fetchTransport(getFetch: () => typeof fetch): Transport {
  return (url, { method, headers, body, maxBytes, follow }, signal, timeoutMs) =>
    withDeadline(signal, timeoutMs, (abort) => {
      const go = async (target: string, method: string, headers: Record<string, string>, body: BodyInit | null | undefined, hops: number): Promise<[Response, string]> => {
        const got = await getFetch()(target, { method, headers, body, redirect: 'manual', signal: abort });
        if (got.type === 'opaqueredirect') throw new ImgurRedirectError('redirect refused: the browser hides its target');
        const location = got.headers.get('location');
        if (follow && location !== null && REDIRECTS.includes(got.status)) {
          await got.body?.cancel();
          const next = redirectTo(got.status, location, new URL(target), method, { ...headers }, body, hops);
          return go(next.url.href, next.method, next.headers, next.body, hops + 1);
        }
        return [got, await readBody(got, maxBytes)];
      };
      return go(url, method, headers, body, 0);
    });
}
