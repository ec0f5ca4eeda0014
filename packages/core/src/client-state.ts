import type { EtagCache, ImgurClient, ImgurLogger, RateLimitInfo, BudgetOptions, ImgurTokens } from './types.js';
import { ImgurUsageError } from './errors/usage-errors.js';

/** Everything a client knows, kept out of the client object so secrets never show in logs or inspect output. */
export interface ClientState {
  clientId: string | undefined;
  clientSecret: string | undefined;
  accessToken: string | undefined;
  refreshToken: string | undefined;
  mashapeKey: string | undefined;
  readonly baseUrl: string;
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly retryPost: boolean;
  readonly maxRetryDelayMs: number;
  readonly logger: ImgurLogger | undefined;
  readonly userAgent: string | undefined;
  readonly budget: BudgetOptions | undefined;
  readonly etag: EtagCache | undefined;
  readonly onTokens: ((tokens: ImgurTokens) => void | Promise<void>) | undefined;
  readonly random: () => number;
  readonly sleep: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  lastRateLimit: RateLimitInfo | undefined;
  refreshing: Promise<void> | undefined;
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
