import type { EtagCache } from '../types/etag-cache.js';
import type { ImgurClient } from '../types/client.js';
import type { ImgurClientOptions } from '../types/client-options.js';
import type { RateLimitInfo } from '../types/rate-limit-info.js';
import type { Transport } from '../types/transport.js';
import type { StreamReader } from '../types/source-stream.js';
import { ImgurUsageError } from '../errors/usage-errors.js';

type Tokens = 'clientId' | 'clientSecret' | 'accessToken' | 'refreshToken';
type MutableTokens = { -readonly [K in Tokens]?: string | undefined };

/** Everything a client knows, kept out of the client object so secrets never show in logs or inspect output. */
export interface ClientState extends Omit<ImgurClientOptions, Tokens | 'baseUrl' | 'fetch' | 'etagCache'>, MutableTokens {
  readonly baseUrl: string;
  readonly transport: Transport;
  /** How this build reads upload streams (undefined: whole into a Blob, as in browsers). */
  readonly readStream?: StreamReader | undefined;
  readonly etag: EtagCache | undefined;
  lastRateLimit?: RateLimitInfo;
  refreshing?: Promise<void> | undefined;
  /** How many refreshes failed so far, and the last failure (shared by every call of its storm). */
  refreshFailures: number;
  refreshError?: unknown;
  readonly warned: Set<string>;
  /** Lowest log level handed to `logger` (0 debug … 3 error, 4 off). */
  readonly logRank: number;
  /** The last tokens replaced by a refresh or `setTokens` (at most `RETIRED_KEPT`, newest last); still redacted. */
  readonly retired: string[];
}

const states = new WeakMap<ImgurClient, ClientState>();

/** Links a client object to its private state, and lets the `store` option (if any) install its hooks on that state. */
export function attachState(client: ImgurClient, state: ClientState): void {
  states.set(client, state);
  state.store?.(state);
}

/** The private state of a client, or undefined for an object that is not one. */
export const peekState = (client: ImgurClient): ClientState | undefined => states.get(client);

/** The private state of a client created by `createImgurClient`. */
export function stateOf(client: ImgurClient): ClientState {
  const state = states.get(client);
  if (!state) throw new ImgurUsageError('Not an Imgur client: create one with createImgurClient(options).');
  return state;
}

/**
 * The secret values of a client, for redaction. The Client ID is among them
 * (no error needs it) when at least 8 characters long (Imgur's have 15):
 * a shorter one would match ordinary words.
 */
export function secretsOf(state: ClientState): (string | undefined)[] {
  const { clientId } = state;
  return [state.clientSecret, state.accessToken, state.refreshToken, state.mashapeKey, ...state.retired, clientId && clientId.length >= 8 ? clientId : undefined];
}

/**
 * How many replaced tokens stay redacted: the last four pairs, enough for
 * every answer to a request sent with a recent token (a slow call, a retry,
 * another worker's rotation). Bounded, so redaction costs the same after a
 * year of refreshes as after one.
 */
const RETIRED_KEPT = 8;

/** Replaces the user tokens, remembering the recent old ones for redaction. */
export function storeTokens(state: ClientState, accessToken: string | undefined, refreshToken: string | undefined): void {
  for (const old of [state.accessToken, state.refreshToken]) if (old && old !== accessToken && old !== refreshToken && !state.retired.includes(old)) state.retired.push(old);
  if (state.retired.length > RETIRED_KEPT) state.retired.splice(0, state.retired.length - RETIRED_KEPT);
  state.accessToken = accessToken;
  state.refreshToken = refreshToken;
}
