export { startMockServer, defaultLimits, DEFAULT_TOKEN_TTL_SECONDS } from './server.js';
export { defaultSeed } from './admin/seed.js';
export { parseSeed } from './admin/seed-parse.js';
export { defaultRateLimits } from './faults/ratelimit.js';
export { INVALID_TOKEN } from './auth/auth.js';
export { SUNSET } from './http/pipeline.js';
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
