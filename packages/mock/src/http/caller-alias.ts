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
  // One segment at a time: a username may also spell a literal segment (an account called `account`).
  for (const [i, s] of segments.entries()) {
    if (s.toLowerCase() !== name) continue;
    const match = app.router.match(method, segments.with(i, 'me'));
    if (match) return match;
  }
  return undefined;
}
