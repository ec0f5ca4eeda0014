import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MockContext } from '../context.js';
import { isExpiredTokenStatus } from '../auth/auth.js';
import { parseBody, readRawBody } from '../http/body.js';
import { MockHttpError } from '../http/errors.js';
import { Faults } from '../faults/faults.js';
import { send } from '../http/respond.js';
import { parseSeed } from './seed-parse.js';
import type { FaultOptions } from '../types.js';

const JSON_ONLY = { format: 'json', callback: undefined, truncate: false } as const;

/** Seeds may list many users: the admin hooks read up to 1 MB and 100,000 JSON members. */
const ADMIN_BODY = { maxFields: 100_000, maxParts: 100 };

/**
 * Test hooks for other processes: `POST /__mock/reset`, `GET /__mock/snapshot`, `POST /__mock/seed` (JSON seed),
 * `POST /__mock/expire-tokens` (optional `{ "username" }`), `POST /__mock/faults` (JSON fault options, routes as globs),
 * `POST /__mock/auth` (`{ "expiredTokenStatus": 401 | 403 }`).
 */
export async function handleAdmin(app: MockContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const route = `${req.method ?? 'GET'} ${url.pathname}`;
  const body = await parseBody(await readRawBody(req, 1024 * 1024), req.headers['content-type'] ?? 'application/json', undefined, ADMIN_BODY);
  const json = (body.json ?? {}) as Record<string, unknown>;
  const ok = (data: unknown): void => send(req, res, { status: 200, body: data }, JSON_ONLY);
  switch (route) {
    case 'POST /__mock/reset':
      resetApp(app);
      return ok({ reset: true });
    case 'GET /__mock/snapshot':
      return ok(app.store.snapshot());
    case 'POST /__mock/seed':
      try {
        app.seed = parseSeed(body.json);
      } catch (e) {
        throw new MockHttpError(400, (e as Error).message);
      }
      resetApp(app);
      return ok({ loaded: true });
    case 'POST /__mock/expire-tokens':
      return ok({ expired: expireTokens(app, typeof json.username === 'string' ? json.username : undefined) });
    case 'POST /__mock/faults':
      if (body.json !== undefined && !Array.isArray(json.rules)) throw new MockHttpError(400, 'faults: rules must be an array');
      app.faults = new Faults(body.json === undefined ? undefined : (json as unknown as FaultOptions));
      return ok({ faults: true });
    case 'POST /__mock/auth':
      if (!isExpiredTokenStatus(json.expiredTokenStatus)) throw new MockHttpError(400, 'auth: expiredTokenStatus must be 401 or 403');
      app.auth.expiredTokenStatus = json.expiredTokenStatus;
      return ok({ expiredTokenStatus: app.auth.expiredTokenStatus });
    default:
      throw new MockHttpError(404, `No mock hook ${route}`);
  }
}

/** Restores the seed state and refills the rate-limit budgets. */
export function resetApp(app: MockContext): void {
  app.store.load(app.seed);
  app.rate.reset();
}

/** Expires every access token (or one user's); returns how many. */
export function expireTokens(app: MockContext, username?: string): number {
  const user = username === undefined ? undefined : app.store.userByName(username);
  let n = 0;
  for (const t of app.store.tokens.values()) {
    if (username !== undefined && t.userId !== user?.id) continue;
    t.expiresAt = 0;
    n++;
  }
  return n;
}
