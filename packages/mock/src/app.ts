import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleAdmin } from './admin/admin.js';
import type { AuthSettings, ExpiredTokenStatus } from './auth/auth.js';
import { applyCors } from './http/cors.js';
import { MockHttpError } from './http/errors.js';
import { Faults } from './faults/faults.js';
import { serveMedia } from './http/media.js';
import { handleAuthorize, handleToken } from './auth/oauth.js';
import { handleApi } from './http/pipeline.js';
import { RateLimiter } from './faults/ratelimit.js';
import { errorReply, send } from './http/respond.js';
import { Router } from './http/router.js';
import type { Operation } from './spec/operation.js';
import { readOperations } from './spec/operations.js';
import { Store } from './state/store.js';
import type { BodyLimits, FaultOptions, OpenApiDocument, RateLimitOptions, Seed } from './types.js';
import { Validator } from './http/validate.js';
import type { MockContext } from './context.js';

/** Everything one server instance owns; `handle` never throws (errors become envelopes). */
export class MockApp implements MockContext {
  readonly ops: readonly Operation[];
  readonly router: Router;
  readonly validator: Validator;
  readonly store: Store;
  readonly rate: RateLimiter;
  faults: Faults;
  readonly auth: AuthSettings;
  baseUrl = '';

  constructor(
    readonly doc: OpenApiDocument,
    public seed: Seed,
    readonly limits: BodyLimits,
    rateLimits: RateLimitOptions,
    tokenTtlMs: number,
    faults: FaultOptions | undefined,
    expiredTokenStatus: ExpiredTokenStatus = 403,
    rotateRefreshTokens = false,
  ) {
    this.auth = { expiredTokenStatus, rotateRefreshTokens };
    this.ops = readOperations(doc);
    this.router = new Router(this.ops);
    this.validator = new Validator(doc);
    this.store = new Store(seed, tokenTtlMs);
    this.rate = new RateLimiter(rateLimits);
    this.faults = new Faults(faults);
  }

  /** Routes one request: CORS preflights, admin hooks, media bytes, OAuth pages, then the spec's operations. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = requestUrl(req.url);
    if (url === undefined) {
      send(req, res, errorReply(400, 'Invalid request target', req, '/'), { format: 'json', callback: undefined, truncate: false });
      return;
    }
    if (applyCors(req, res)) return;
    try {
      this.store.requests++;
      if (url.pathname.startsWith('/__mock/')) return await handleAdmin(this, req, res, url);
      if (url.pathname.startsWith('/i/')) return serveMedia(this, req, res, url);
      if (url.pathname === '/oauth2/authorize') return await handleAuthorize(this, req, res, url);
      if (url.pathname === '/oauth2/token' && req.method === 'POST') return await handleToken(this, req, res, url);
      return await handleApi(this, req, res, url);
    } catch (e) {
      if (res.headersSent || res.destroyed) return;
      const err = e instanceof MockHttpError ? e : new MockHttpError(500, `Internal mock error: ${(e as Error).message}`);
      send(req, res, errorReply(err.status, err.message, req, url.pathname, { ...err.headers }), { format: 'json', callback: undefined, truncate: false });
    }
  }
}

/** The request target as a URL, or undefined when it is not one (e.g. `//[`). */
function requestUrl(target: string | undefined): URL | undefined {
  try {
    return new URL(target ?? '/', 'http://mock.invalid');
  } catch {
    return undefined;
  }
}
