import type { HeaderReader, LazyResponse } from '../types/transport.js';

/** Statuses a fetch `Response` can be made with (as its constructor checks). */
export const checkStatus = (status: number): void => {
  if (!(status >= 200 && status <= 599)) throw new RangeError(`status ${status} is not from 200 to 599`);
};

/**
 * A response as the Node transport reads it: status and headers in a `Map`
 * of lower-case names (a repeated header joined with `, `, as `Headers.get`
 * does), and the fetch `Response` (no body: the body is handed over as text)
 * built only when `toResponse()` is first called, since building one costs
 * more than the rest of a small GET and loads undici in a fresh process.
 */
export class ResponseHead implements LazyResponse, HeaderReader {
  readonly ok: boolean;
  readonly headers: HeaderReader = this;
  #map = new Map<string, string>();
  #response: Response | undefined;

  /** `raw`: the names and values one after the other, as node:http's `rawHeaders`; `status` from 200 to 599. */
  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly raw: readonly string[],
    readonly url: string,
    readonly redirected: boolean,
  ) {
    this.ok = status >= 200 && status <= 299;
    const map = this.#map;
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i]!.toLowerCase();
      const seen = map.get(name);
      map.set(name, seen === undefined ? raw[i + 1]! : `${seen}, ${raw[i + 1]}`);
    }
  }

  get(name: string): string | null {
    return this.#map.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.#map.has(name.toLowerCase());
  }

  /** The same status, headers, `url` and `redirected` as a fetch `Response` without a body; the same object on every call. */
  toResponse(): Response {
    if (this.#response) return this.#response;
    const pairs: [string, string][] = [];
    for (let i = 0; i < this.raw.length; i += 2) pairs.push([this.raw[i]!, this.raw[i + 1]!]);
    const response = new Response(null, { status: this.status, statusText: this.statusText, headers: pairs });
    Object.defineProperty(response, 'url', { value: this.url });
    if (this.redirected) Object.defineProperty(response, 'redirected', { value: true });
    return (this.#response = response);
  }
}
