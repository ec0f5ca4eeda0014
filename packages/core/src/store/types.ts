import type { EtagEntry } from '../types/etag-cache.js';
import type { RateLimitInfo } from '../types/rate-limit-info.js';
import type { StoredTokens } from '../types/store.js';

/** A refused credit reservation: whose credits (`client` or `user`), how many remain once in-flight calls are counted, and the floor. */
export interface CreditRefusal {
  readonly who: 'client' | 'user';
  readonly remaining: number;
  readonly floor: number;
}

/** What `reserveCredits` asks for: the cost of one request, the budget floors and how long an unsettled reservation is held. */
export interface CreditRequest {
  readonly cost: number;
  readonly minClientRemaining?: number | undefined;
  readonly minUserRemaining?: number | undefined;
  /** An unsettled reservation (its process died) is dropped after this many ms. */
  readonly holdMs: number;
}

/** A reservation still in flight: its id (as `reserveCredits` returned it), its cost and how many ms it has left. */
export interface CreditHold {
  readonly id: string;
  readonly cost: number;
  readonly ms: number;
}

/**
 * The state a client can share with other processes, as primitives a
 * backend (in memory, Redis, …) implements atomically. `createSharedStore`
 * turns a backend into the `ImgurStore` a client takes.
 */
export interface ImgurStoreBackend {
  /** The shared user tokens, or `undefined` when none were stored yet. */
  getTokens(): Promise<StoredTokens | undefined>;
  /** Replaces the tokens when the stored access token is `expected` (or none is stored); `true` when replaced. */
  compareAndSetTokens(expected: string | undefined, tokens: StoredTokens): Promise<boolean>;
  /** Replaces the tokens unconditionally (`client.setTokens`). */
  setTokens(tokens: StoredTokens): Promise<void>;
  /** Takes the refresh lock for `leaseMs` (it expires by itself); the owner id, or `undefined` when another holder has it. */
  acquireLock(leaseMs: number): Promise<string | undefined>;
  /** Releases the lock when `owner` still holds it. */
  releaseLock(owner: string): Promise<void>;
  /**
   * Atomically reserves `cost` credits against the shared snapshot and the
   * credits already reserved: a reservation id, or the refusal, or
   * `undefined` when a floor is set, `cost` is above 0 and there is no
   * snapshot (never stored, expired, or lost with the store's data): the
   * budget is unknown, so nothing is reserved until `seedCredits` stored one.
   */
  reserveCredits(request: CreditRequest): Promise<string | CreditRefusal | undefined>;
  /**
   * Stores `rateLimit` (read from `GET /3/credits`) as the snapshot when there
   * is none, and adds `holds` (the caller's reservations still in flight,
   * with the ms each has left) to the reservations, replacing what a lost
   * state forgot.
   */
  seedCredits(rateLimit: Partial<RateLimitInfo>, holds: readonly CreditHold[], holdMs: number): Promise<void>;
  /** Ends a reservation and merges the response's rate-limit headers into the shared snapshot (when it had a response). */
  settleCredits(id: string, rateLimit: RateLimitInfo | undefined): Promise<void>;
  /** The shared rate-limit snapshot (the lowest remaining credits seen in the current window). */
  getRateLimit(): Promise<Partial<RateLimitInfo> | undefined>;
  /** A cached conditional GET, or `undefined`. */
  getEtag(key: string): Promise<EtagEntry | undefined>;
  /** Caches a conditional GET. */
  setEtag(key: string, entry: EtagEntry): Promise<void>;
}
