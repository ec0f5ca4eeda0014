/**
 * The per-server context every request handler receives (admin hooks, media, OAuth pages, the API
 * pipeline). It is a plain interface, implemented by `MockApp` in `app.ts`, so handlers depend on
 * this module and never on the app that dispatches to them: no import circle.
 *
 * May import: types only, from `types.ts`, `auth/`, `faults/`, `http/` (router, validate), `spec/`, `state/`.
 */
import type { AuthSettings } from './auth/auth.js';
import type { Faults } from './faults/faults.js';
import type { RateLimiter } from './faults/ratelimit.js';
import type { Router } from './http/router.js';
import type { Validator } from './http/validate.js';
import type { Operation } from './spec/operation.js';
import type { Store } from './state/store.js';
import type { BodyLimits, OpenApiDocument, Seed } from './types.js';

/** What one mock server instance owns, as seen by the handlers it dispatches to. */
export interface MockContext {
  readonly doc: OpenApiDocument;
  readonly ops: readonly Operation[];
  readonly router: Router;
  readonly validator: Validator;
  readonly store: Store;
  readonly rate: RateLimiter;
  readonly auth: AuthSettings;
  readonly limits: BodyLimits;
  /** Replaced by `POST /__mock/seed`. */
  seed: Seed;
  /** Replaced by `POST /__mock/faults`. */
  faults: Faults;
  /** The server's origin, e.g. `http://127.0.0.1:4010`, once it listens. */
  baseUrl: string;
}
