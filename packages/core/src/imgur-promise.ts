import type { ImgurResponse, ImgurResult } from './types.js';

/**
 * A `Promise<D>` for one call that resolves to the unwrapped data and rejects
 * with an `ImgurError`, plus `.withResponse()` and `.asResult()`. The request
 * is sent eagerly (once) when the operation is called; nothing rejects
 * unless you await or `.then` the promise itself, so `.asResult()` alone never
 * produces an unhandled rejection.
 */
export class ImgurPromise<D> extends Promise<D> {
  readonly #result: Promise<ImgurResult<D>>;
  #data: Promise<D> | undefined;

  constructor(result: Promise<ImgurResult<D>>) {
    // The base promise is never observed: then/catch/finally delegate to #unwrap().
    super((resolve) => resolve(undefined as D));
    this.#result = result;
  }

  #unwrap(): Promise<D> {
    this.#data ??= this.#result.then((r) => {
      if (r.error) throw r.error;
      return r.data;
    });
    return this.#data;
  }

  override then<A = D, B = never>(
    onfulfilled?: ((value: D) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#unwrap().then(onfulfilled, onrejected);
  }

  override catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<D | B> {
    return this.#unwrap().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<D> {
    return this.#unwrap().finally(onfinally);
  }

  /** The data with the raw `Response` (body already read) and parsed rate limits; rejects like the promise. */
  withResponse(): Promise<ImgurResponse<D>> {
    return this.#result.then((r) => {
      if (r.error) throw r.error;
      return { data: r.data, response: r.response, rateLimit: r.rateLimit };
    });
  }

  /** `{ data, error, response, rateLimit }`; never rejects. */
  asResult(): Promise<ImgurResult<D>> {
    return this.#result;
  }
}
