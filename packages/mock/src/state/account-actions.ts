import { MockHttpError } from '../http/errors.js';
import type { Handler } from '../http/handlers.js';
import { own } from './account.js';
import { sortBySeq, text } from './input.js';
import { commentView } from './views.js';

/** Account actions answered from the caller's own state: e-mail verification, reply notifications, deletion. */
export const accountActionHandlers: Readonly<Record<string, Handler>> = {
  'GET /3/account/{}/verifyemail': (ctx) => own(ctx, ctx.args[0]).emailVerified,
  // Recorded answer for an address already verified: 400 "User Previously Verified".
  'POST /3/account/{}/verifyemail': (ctx) => {
    if (own(ctx, ctx.args[0]).emailVerified) throw new MockHttpError(400, 'User Previously Verified');
    return true;
  },
  // Replies to the caller's comments by other users, newest first (the mock keeps no "viewed" flag: all are new).
  'GET /3/account/{}/notifications/replies': (ctx) => {
    const me = own(ctx, ctx.args[0]);
    const replies = [...ctx.store.comments.values()].filter((c) => {
      if (c.deleted || c.parentId === 0 || c.authorId === me.id) return false;
      return ctx.store.comments.get(c.parentId)?.authorId === me.id;
    });
    return sortBySeq(replies).map((c) => ({ id: c.id, account_id: me.id, viewed: false, content: commentView(ctx, c) }));
  },
  'POST /3/account/me/delete': (ctx) => {
    const me = own(ctx, 'me');
    // The required `client_id` query parameter must name a registered application.
    const clientId = ctx.query.client_id;
    if (typeof clientId !== 'string' || !ctx.store.clients.has(clientId)) throw new MockHttpError(403, 'Invalid client_id');
    const password = text(ctx, 'password');
    if (password === undefined) throw new MockHttpError(400, 'Missing required field `password`');
    if (password !== me.password) throw new MockHttpError(403, 'Invalid password');
    me.deleted = true;
    for (const [access, t] of ctx.store.tokens) if (t.userId === me.id) ctx.store.tokens.delete(access);
    for (const [refresh, t] of ctx.store.refreshTokens) if (t.userId === me.id) ctx.store.refreshTokens.delete(refresh);
    return true;
  },
};
