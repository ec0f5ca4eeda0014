import { MockHttpError } from '../http/errors.js';
import type { Handler, HandlerContext } from '../http/handlers.js';
import { own, target } from './account.js';
import { text } from './input.js';

const PRIVACY = ['public', 'hidden', 'secret'] as const;

function blockStatus(ctx: HandlerContext, change: 'add' | 'delete' | undefined): { blocked: boolean } {
  const me = ctx.auth.user;
  if (!me) throw new MockHttpError(403, 'This method requires authentication');
  const other = target(ctx, ctx.args[0]);
  const key = `${me.id}:${other.username}`;
  if (change === 'add') ctx.store.blocks.add(key);
  if (change === 'delete') ctx.store.blocks.delete(key);
  return { blocked: ctx.store.blocks.has(key) };
}

function flag(ctx: HandlerContext, key: string): boolean | undefined {
  const v = ctx.body[key];
  return v === undefined ? undefined : v === true || v === 'true' || v === '1';
}

/** Credits, account settings and block handlers. */
export const miscHandlers: Readonly<Record<string, Handler>> = {
  'GET /3/credits': (ctx) => ctx.rate.credits(ctx.auth.client?.client_id ?? '', ctx.userKey),
  'GET /account/v1/{}/block': (ctx) => blockStatus(ctx, undefined),
  'POST /account/v1/{}/block': (ctx) => blockStatus(ctx, 'add'),
  'DELETE /account/v1/{}/block': (ctx) => blockStatus(ctx, 'delete'),
  'GET /3/account/me/block': (ctx) => {
    const me = own(ctx, 'me');
    const items = [...ctx.store.blocks].filter((b) => b.startsWith(`${me.id}:`)).map((b) => ({ url: b.slice(b.indexOf(':') + 1) }));
    return { items, next: null };
  },
  'GET /3/account/me/settings': (ctx) => {
    const u = own(ctx, 'me');
    return {
      account_url: u.username,
      email: u.email,
      public_images: u.publicImages,
      album_privacy: u.albumPrivacy,
      pro_expiration: false,
      accepted_gallery_terms: true,
      active_emails: [],
      messaging_enabled: u.messagingEnabled,
      blocked_users: [],
      show_mature: u.showMature,
      first_party: true,
    };
  },
  'PUT /3/account/{}/settings': (ctx) => {
    const u = own(ctx, ctx.args[0]);
    const bio = text(ctx, 'bio');
    if (bio !== undefined) u.bio = bio;
    const privacy = text(ctx, 'album_privacy');
    if (privacy !== undefined) u.albumPrivacy = PRIVACY.find((p) => p === privacy) ?? u.albumPrivacy;
    u.publicImages = flag(ctx, 'public_images') ?? u.publicImages;
    u.showMature = flag(ctx, 'show_mature') ?? u.showMature;
    u.messagingEnabled = flag(ctx, 'messaging_enabled') ?? u.messagingEnabled;
    return true;
  },
};
