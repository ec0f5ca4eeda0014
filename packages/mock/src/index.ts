export { startMockServer, defaultLimits, DEFAULT_TOKEN_TTL_SECONDS } from './server.js';
export { defaultSeed } from './seed.js';
export { parseSeed } from './seed-parse.js';
export { defaultRateLimits } from './ratelimit.js';
export { INVALID_TOKEN } from './auth.js';
export { SUNSET } from './pipeline.js';
export type {
  BodyLimits,
  FaultOptions,
  FaultRule,
  MockServer,
  MockServerOptions,
  MockSnapshot,
  OpenApiDocument,
  RateLimitOptions,
  Seed,
  SeedClient,
  SeedUser,
} from './types.js';
