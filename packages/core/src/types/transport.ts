import type { OperationMeta } from './operation-meta.js';
import type { StreamedBody } from './streamed-body.js';

/** What a transport sends: a plain header object with lower-case names, and a body that can be sent again. */
export interface TransportInit {
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: BodyInit | StreamedBody | null | undefined;
  /** Largest body accepted, in bytes after decompression (`ImgurResponseTooLargeError` past it). */
  readonly maxBytes: number;
  /** Follow same-origin redirects (see `redirectTo`); false: a 3xx is the response. */
  readonly follow: boolean;
  /**
   * Called as the body is sent with the bytes sent so far and the body's size
   * (undefined when unknown): at least once per 64 KB, and once at the end
   * with `loaded === total` (`total` then set to `loaded` when it was unknown).
   */
  readonly onProgress?: ((loaded: number, total: number | undefined) => void) | undefined;
}

/** Reads a response's headers by name, in any case: the part of fetch's `Headers` the pipeline uses. */
export interface HeaderReader {
  get(name: string): string | null;
  has(name: string): boolean;
  /** Several `x-` headers in one pass, when the reader can (see `ResponseHead.pick`). */
  pick?(slots: ReadonlyMap<string, number>, size: number): (string | null)[];
}

/** Status and headers of a response, with the fetch `Response` (no body) built on the first `toResponse()` only. */
export interface LazyResponse {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly url: string;
  readonly redirected: boolean;
  readonly headers: HeaderReader;
  toResponse(): Response;
}

/** What a transport resolves with: a fetch `Response`, or a `LazyResponse` (the Node transport's, which is cheaper to make). */
export type TransportResponse = Response | LazyResponse;

/**
 * One HTTP exchange of the pipeline: resolves with the response and its whole
 * body as text once both have arrived. Rejects with `TIMED_OUT` when
 * `timeoutMs` passes first (body read included), with the signal's reason when
 * `signal` aborts, with an `ImgurRedirectError` or `ImgurResponseTooLargeError`
 * (not retried), and with the cause otherwise (no response). `meta` names the
 * operation (a store's transport reserves its credits and coordinates the token refresh).
 */
export type Transport = (url: string, init: TransportInit, signal: AbortSignal | undefined, timeoutMs: number, meta?: OperationMeta) => Promise<[TransportResponse, string]>;
