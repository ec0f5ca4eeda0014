import type { EtagCache, ImgurClient, ImgurClientOptions, RateLimitInfo } from './types.js';
import type { Transport } from './transport.js';
import { ImgurUsageError } from './errors/usage-errors.js';

type Tokens = 'clientId' | 'clientSecret' | 'accessToken' | 'refreshToken';
type MutableTokens = { -readonly [K in Tokens]?: string | undefined };

/** Everything a client knows, kept out of the client object so secrets never show in logs or inspect output. */
export interface ClientState
  extends Omit<ImgurClientOptions, Tokens | 'baseUrl' | 'fetch' | 'etagCache'>,
    MutableTokens {
  readonly baseUrl: string;
  readonly transport: Transport;
  readonly etag: EtagCache | undefined;
  lastRateLimit?: RateLimitInfo;
  refreshing?: Promise<void> | undefined;
  readonly warned: Set<string>;
  /** Tokens replaced by a refresh or `setTokens`; still redacted. */
  readonly retired: string[];
}

const states = new WeakMap<ImgurClient, ClientState>();

/** Links a client object to its private state. */
export function attachState(client: ImgurClient, state: ClientState): void {
  states.set(client, state);
}

/** The private state of a client created by `createImgurClient`. */
export function stateOf(client: ImgurClient): ClientState {
  const state = states.get(client);
  if (!state) throw new ImgurUsageError('Not an Imgur client: create one with createImgurClient(options).');
  return state;
}

/** The secret values of a client, for redaction. */
export function secretsOf(state: ClientState): (string | undefined)[] {
  return [state.clientSecret, state.accessToken, state.refreshToken, state.mashapeKey, ...state.retired];
}

/** Replaces the user tokens, remembering the old ones for redaction. */
export function storeTokens(state: ClientState, accessToken: string | undefined, refreshToken: string | undefined): void {
  for (const old of [state.accessToken, state.refreshToken]) if (old) state.retired.push(old);
  state.accessToken = accessToken;
  state.refreshToken = refreshToken;
}
