import { readBody } from './read-body.js';
import { REDIRECTS, redirectTo, type Hop } from './redirect.js';
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
 * What a fetch transport does with a redirect (an `opaqueredirect`, or a 3xx
 * with `location` when the call follows redirects): the next request, or a
 * thrown `ImgurRedirectError`.
 */
export type OnRedirect = (got: Response, location: string | null, from: URL, method: string, headers: Record<string, string>, body: BodyInit | null | undefined, hops: number) => Hop<BodyInit | null | undefined>;

/**
 * The transport over a `fetch` (looked up per call): an `AbortController` per
 * exchange, aborted on timeout or when `signal` aborts. The returned promise
 * settles then even when a custom fetch ignores the abort signal. Redirects
 * are fetched with `redirect: 'manual'` and handed to `onRedirect`.
 */
export function fetchTransportWith(getFetch: () => typeof fetch, onRedirect: OnRedirect): Transport {
  return (url, { method, headers, body, maxBytes, follow }, signal, timeoutMs) => {
    const controller = new AbortController();
    let stop!: (reason: unknown) => void;
    const go = async (target: string, method: string, headers: Readonly<Record<string, string>>, body: BodyInit | null | undefined, hops: number): Promise<[Response, string]> => {
      const got = await getFetch()(target, { method, headers, body, redirect: 'manual', signal: controller.signal });
      const location = got.headers.get('location');
      if (got.type === 'opaqueredirect' || (follow && location !== null && REDIRECTS.includes(got.status))) {
        await got.body?.cancel();
        const next = onRedirect(got, location, new URL(target), method, { ...headers }, body, hops);
        return go(next.url.href, next.method, next.headers, next.body, hops + 1);
      }
      return [got, await readBody(got, maxBytes)];
    };
    const settled = new Promise<[Response, string]>((resolve, reject) => {
      stop = reject;
      go(url, method, headers, body, 0).then(resolve, reject);
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

/** The error of a redirect whose target the browser hides (`opaqueredirect`). */
export const hiddenRedirect = (): ImgurRedirectError => new ImgurRedirectError('redirect refused: the browser hides its target');

/**
 * The fetch transport of Node, Deno, Bun and workers: redirects are followed
 * here, within the origin only (see `redirectTo`); one whose target the
 * browser hides (`opaqueredirect`) fails.
 */
export function fetchTransport(getFetch: () => typeof fetch): Transport {
  return fetchTransportWith(getFetch, (got, location, from, method, headers, body, hops) => {
    if (got.type === 'opaqueredirect') throw hiddenRedirect();
    return redirectTo(got.status, location!, from, method, headers, body, hops);
  });
}
