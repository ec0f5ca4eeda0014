import type { ImgurResponse, ImgurResult } from './result.js';

const unwrap = <D>(r: ImgurResult<D>): D => {
  if (r.error) throw r.error;
  return r.data as D;
};
const never = (resolve: (value: undefined) => void): void => resolve(undefined);

/**
 * A `Promise<D>` for one call that resolves to the unwrapped data and rejects
 * with an `ImgurError`, plus `.withResponse()` and `.asResult()`. The request
 * is sent eagerly (once) when the operation is called; nothing rejects
 * unless you await or `.then` the promise itself (`catch` and `finally` go
 * through `then`), so `.asResult()` alone never produces an unhandled rejection.
 */
export class ImgurPromise<D> extends Promise<D> {
  /** Derived promises (`then`, `catch`, `finally`) are plain promises. */
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  readonly #result: Promise<ImgurResult<D>>;

  constructor(result: Promise<ImgurResult<D>>) {
    // The base promise is never observed: `then` delegates to the unwrapped result.
    super(never as never);
    this.#result = result;
  }

  // biome-ignore lint/suspicious/noThenProperty: ImgurPromise is a Promise subclass; `then` returns the typed result.
  override then<A = D, B = never>(onfulfilled?: ((value: D) => A | PromiseLike<A>) | null, onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    // One step on the result (which never rejects): what `result.then(unwrap).then(onfulfilled, onrejected)` does, one
    // promise less; callbacks that are not functions are ignored, as `Promise.prototype.then` ignores them.
    const fulfil = typeof onfulfilled === 'function' ? onfulfilled : undefined;
    const reject = typeof onrejected === 'function' ? onrejected : undefined;
    return this.#result.then((r): A | B | PromiseLike<A | B> => {
      if (r.error) {
        if (reject) return reject(r.error);
        throw r.error;
      }
      return fulfil ? fulfil(r.data as D) : (r.data as unknown as A);
    }, reject);
  }

  /** The data with the raw `Response` (body already read) and parsed rate limits; rejects like the promise. */
  withResponse(): Promise<ImgurResponse<D>> {
    return this.#result.then((r) => ({ data: unwrap(r), response: r.response!, rateLimit: r.rateLimit! }));
  }

  /** `{ data, error, response, rateLimit }`; never rejects. */
  asResult(): Promise<ImgurResult<D>> {
    return this.#result;
  }
}
