import type { AuthContext } from '../auth/auth.js';
import type { RateLimiter } from '../faults/ratelimit.js';
import type { Operation } from '../spec/operation.js';
import type { Store } from '../state/store.js';
import type { BodyLimits } from '../types.js';

/** What a stateful handler gets: validated inputs, the caller and the state. */
export interface HandlerContext {
  readonly op: Operation;
  readonly store: Store;
  readonly auth: AuthContext;
  /** Path parameter values in template order (names differ between spec revisions, positions do not). */
  readonly args: readonly string[];
  readonly query: Readonly<Record<string, unknown>>;
  readonly body: Readonly<Record<string, unknown>>;
  readonly files: ReadonlyMap<string, readonly File[]>;
  /** The server's own base URL (image links point here). */
  readonly baseUrl: string;
  readonly limits: BodyLimits;
  readonly rate: RateLimiter;
  /** Key of the caller's user budget (user id or IP). */
  readonly userKey: string;
}

/** A stateful operation: returns the response `data` (the server wraps it) or throws a `MockHttpError`. */
export type Handler = (ctx: HandlerContext) => unknown;

/** Handlers keyed by operation shape, e.g. `GET /3/album/{}`. */
export type HandlerTable = Readonly<Record<string, Handler>>;
