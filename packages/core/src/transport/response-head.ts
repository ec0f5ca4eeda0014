import type { HeaderReader, LazyResponse } from '../types/transport.js';

/** Statuses a fetch `Response` can be made with (as its constructor checks). */
export const checkStatus = (status: number): void => {
  if (!(status >= 200 && status <= 599)) throw new RangeError(`status ${status} is not from 200 to 599`);
};

/**
 * A response as the Node transport reads it: status and node:http's raw
 * header list, looked up by a scan (about ten lookups per call on a dozen
 * headers cost less than building a map; a repeated header is joined with
 * `, `, as `Headers.get` does), and the fetch `Response` (no body: the body
 * is handed over as text) built only when `toResponse()` is first called,
 * since building one costs more than the rest of a small GET and loads
 * undici in a fresh process.
 */
export class ResponseHead implements LazyResponse, HeaderReader {
  readonly ok: boolean;
  readonly headers: HeaderReader = this;
  /** The `Response` once built (a plain field, not `#private`: a `Proxy` of this object can build it too). */
  private built: Response | undefined;

  /** `raw`: the names and values one after the other, as node:http's `rawHeaders`; `status` from 200 to 599. */
  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly raw: readonly string[],
    readonly url: string,
    readonly redirected: boolean,
  ) {
    this.ok = status >= 200 && status <= 299;
  }

  get(name: string): string | null {
    const want = name.toLowerCase();
    const raw = this.raw;
    let found: string | null = null;
    for (let i = 0; i < raw.length; i += 2) {
      const n = raw[i]!;
      if (n.length === want.length && (n === want || n.toLowerCase() === want)) found = found === null ? raw[i + 1]! : `${found}, ${raw[i + 1]}`;
    }
    return found;
  }

  /**
   * Several headers in one pass: `slots` maps lower-case names that all begin with `x-` to their place in the
   * result (`size` places, `null` where absent; a repeated header joined with `, `, as `get` does).
   */
  pick(slots: ReadonlyMap<string, number>, size: number): (string | null)[] {
    const found: (string | null)[] = new Array(size).fill(null);
    const raw = this.raw;
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i]!;
      // Only `x-` names go further (most headers are not).
      const c = name.charCodeAt(0);
      if ((c !== 120 && c !== 88) || name.charCodeAt(1) !== 45) continue;
      const slot = slots.get(name) ?? slots.get(name.toLowerCase());
      if (slot !== undefined) found[slot] = found[slot] === null ? raw[i + 1]! : `${found[slot]}, ${raw[i + 1]}`;
    }
    return found;
  }

  has(name: string): boolean {
    return this.get(name) !== null;
  }

  /**
   * The same status, headers, `url` and `redirected` as a fetch `Response` without a body; the same object on every call.
   * Never throws for an answer node:http took: a reason phrase the `Response` constructor refuses (control characters)
   * is left out of the build and set on the `Response` as it came.
   */
  toResponse(): Response {
    if (this.built) return this.built;
    const headers: [string, string][] = [];
    for (let i = 0; i < this.raw.length; i += 2) headers.push([this.raw[i]!, this.raw[i + 1]!]);
    let response: Response;
    try {
      response = new Response(null, { status: this.status, statusText: this.statusText, headers });
    } catch {
      response = new Response(null, { status: this.status, headers });
      Object.defineProperty(response, 'statusText', { value: this.statusText });
    }
    Object.defineProperty(response, 'url', { value: this.url });
    if (this.redirected) Object.defineProperty(response, 'redirected', { value: true });
    return (this.built = response);
  }
}
