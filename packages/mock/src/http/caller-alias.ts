import type { MockContext } from '../context.js';
import type { RouteMatch } from './router.js';

/**
 * Routes a path that names the caller by username like the same path with `me`, as Imgur does
 * (`GET /3/account/alice/settings` with alice's token is `GET /3/account/me/settings`). Only tried when no route
 * matched as written; the token is looked up, not checked (authentication follows).
 */
export function callerAlias(app: MockContext, method: string, segments: readonly string[], authorization: string | undefined): RouteMatch | undefined {
  const token = /^\s*Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  const user = token === undefined ? undefined : app.store.users.get(app.store.tokens.get(token)?.userId ?? -1);
  if (!user) return undefined;
  const name = user.username.toLowerCase();
  if (!segments.some((s) => s.toLowerCase() === name)) return undefined;
  return app.router.match(
    method,
    segments.map((s) => (s.toLowerCase() === name ? 'me' : s)),
  );
}
