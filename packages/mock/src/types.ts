/** Types of the mock server's public API and of its internal records. */

/** An OpenAPI 3.1 document as loaded from JSON (only the parts the mock reads are typed). */
export interface OpenApiDocument {
  readonly openapi: string;
  readonly paths?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly components?: Readonly<Record<string, unknown>>;
  readonly security?: readonly Readonly<Record<string, readonly string[]>>[];
  readonly [key: string]: unknown;
}

/** A registered OAuth application: what `/oauth2/addclient` would hand out. */
export interface SeedClient {
  readonly client_id: string;
  readonly client_secret: string;
  /** Where `/oauth2/authorize` redirects after Allow / Deny. */
  readonly redirect_uri: string;
  readonly name?: string;
}

/** A user account with one live token pair. */
export interface SeedUser {
  readonly username: string;
  readonly id: number;
  readonly access_token: string;
  readonly refresh_token: string;
  /** The client the tokens were issued to; defaults to the first seed client. */
  readonly client_id?: string;
  readonly email?: string;
  readonly bio?: string;
  /** The password `POST /3/account/me/delete` asks for (default `mock-password`). */
  readonly password?: string;
  /** Whether the e-mail address is verified (default false: `POST /3/account/{username}/verifyemail` sends a mail). */
  readonly email_verified?: boolean;
}

/** Initial state of the mock: clients, users and the PRNG seed for ids and generated bodies. */
export interface Seed {
  readonly clients: readonly SeedClient[];
  readonly users: readonly SeedUser[];
  /** PRNG seed; the same seed gives the same ids, deletehashes and generated responses. */
  readonly random?: number;
}

/** One fault rule; `route` is matched against `METHOD /path` (see `faults.ts`). */
export interface FaultRule {
  /** Glob over `METHOD /path` or `/path` (`*` = one segment, `**` = anything), or a RegExp. All routes when absent. */
  readonly route?: string | RegExp;
  /** Added latency in ms, fixed or `[min, max]`. */
  readonly latencyMs?: number | readonly [number, number];
  /** Share (0..1) of requests answered with a server error. */
  readonly errorRate?: number;
  /** Statuses drawn from for `errorRate` (default 500, 502, 503). */
  readonly errorStatuses?: readonly number[];
  /** Share (0..1) of requests whose connection is destroyed without a response. */
  readonly resetRate?: number;
  /** Share (0..1) of responses cut off after half of the body. */
  readonly truncateRate?: number;
  /** The next N matching requests get a 429 envelope. */
  readonly rateLimitBurst?: number;
}

/** Fault injection settings; decisions come from a PRNG seeded by `seed`. */
export interface FaultOptions {
  readonly seed?: number;
  readonly rules: readonly FaultRule[];
}

/** Rate-limit budgets (credits). */
export interface RateLimitOptions {
  readonly userLimit: number;
  readonly clientLimit: number;
  readonly postLimit: number;
  /** Seconds until the user and POST budgets reset. */
  readonly resetSeconds: number;
}

/** Size and count limits of request bodies: larger bodies get a 413 envelope, more fields or parts a 400. */
export interface BodyLimits {
  /** Bytes of one request body (default 16 MB); a declared larger body is refused before it is read. */
  readonly maxBodyBytes: number;
  /** Bytes of one uploaded image or video (default 10 MB). */
  readonly maxImageBytes: number;
  /** Fields of a urlencoded body, and parameters of a query string (default 1000). */
  readonly maxFields: number;
  /** Parts of a multipart body (default 1000). */
  readonly maxParts: number;
}

/** Options of `startMockServer`. */
export interface MockServerOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  readonly port?: number;
  /** Interface to bind; default 127.0.0.1. */
  readonly host?: string;
  /** Initial state; default `defaultSeed`. */
  readonly seed?: Seed;
  readonly faults?: FaultOptions;
  /** The OpenAPI document (object or file path); default the bundled Imgur description. */
  readonly spec?: OpenApiDocument | string;
  /** Lifetime of issued access tokens in seconds (default 2419200, 28 days). */
  readonly tokenTtlSeconds?: number;
  readonly rateLimits?: Partial<RateLimitOptions>;
  readonly limits?: Partial<BodyLimits>;
  /** Status for an unknown or expired access token: 403 (default, Imgur's usual answer) or 401 (which Imgur sends as well). */
  readonly expiredTokenStatus?: 401 | 403;
  /**
   * Spend a refresh token when it is used, handing out a new one (default false: like Imgur, a refresh token stays
   * valid and `POST /oauth2/token` answers it back with a new access token).
   */
  readonly rotateRefreshTokens?: boolean;
}

/** A JSON view of the mock's state for assertions. */
export interface MockSnapshot {
  readonly images: readonly Record<string, unknown>[];
  readonly albums: readonly Record<string, unknown>[];
  readonly comments: readonly Record<string, unknown>[];
  readonly gallery: readonly Record<string, unknown>[];
  readonly favorites: readonly string[];
  readonly tokens: readonly { readonly username: string; readonly access_token: string; readonly refresh_token: string; readonly expired: boolean }[];
  readonly requests: number;
}

/** A running mock server. */
export interface MockServer {
  /** Base URL, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  /** The port it listens on (the one chosen by the system when `port: 0` was asked). */
  readonly port: number;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
  /** Restores the seed state (clients, users, tokens) and empties everything else. */
  reset(): void;
  /** A deep copy of the current in-memory state (images, albums, comments, tokens, counters), for assertions. */
  snapshot(): MockSnapshot;
  /** Replaces the state with a new seed. */
  loadSeed(seed: Seed): void;
  /** Makes every issued access token (or one user's) expired; refresh tokens stay valid. */
  expireTokens(username?: string): void;
  /** Replaces the fault rules (and re-seeds their PRNG). */
  setFaults(faults: FaultOptions | undefined): void;
  /** Sets the status of unknown or expired access tokens: 403 (Imgur's usual answer) or 401; throws on anything else. */
  setExpiredTokenStatus(status: 401 | 403): void;
}
