import { MockHttpError } from '../http/errors.js';
import type { Handler, HandlerContext } from '../http/handlers.js';
import { deleteAlbum, findAlbum, listed } from './albums.js';
import { deleteComment, findComment } from './comments.js';
import { favoriteIds } from './favorites.js';
import { deleteImage, findImage } from './images.js';
import { pageOf, paging, sortBySeq } from './input.js';
import type { UserRec } from './records.js';
import { albumView, commentView, galleryView, imageView } from './views.js';

/** The account a route names (`me` = the caller); 404 when unknown. */
export function target(ctx: HandlerContext, name: string | undefined): UserRec {
  if (name === 'me') {
    if (!ctx.auth.user) throw new MockHttpError(403, 'This method requires authentication');
    return ctx.auth.user;
  }
  const user = name === undefined ? undefined : ctx.store.userByName(name);
  if (!user) throw new MockHttpError(404, `Unable to find account ${name ?? ''}`);
  return user;
}

/** The named account, which must be the caller's own (owner-only routes). */
export function own(ctx: HandlerContext, name: string | undefined): UserRec {
  const user = target(ctx, name);
  if (ctx.auth.user?.id !== user.id) throw new MockHttpError(403, 'Permission denied: you can only read your own account here');
  return user;
}

function images(ctx: HandlerContext, name: string | undefined) {
  const user = own(ctx, name);
  return sortBySeq([...ctx.store.images.values()].filter((i) => i.ownerId === user.id));
}

function albums(ctx: HandlerContext, name: string | undefined) {
  const user = target(ctx, name);
  return sortBySeq([...ctx.store.albums.values()].filter((a) => a.ownerId === user.id && listed(ctx, a)));
}

function comments(ctx: HandlerContext, name: string | undefined, sort: string | undefined) {
  const user = target(ctx, name);
  const mine = [...ctx.store.comments.values()].filter((c) => c.authorId === user.id && !c.deleted);
  const points = (c: (typeof mine)[number]): number => [...c.votes.values()].reduce((n, v) => n + (v === 'up' ? 1 : -1), 0);
  if (sort === 'best') return [...mine].sort((a, b) => points(b) - points(a) || b.seq - a.seq);
  if (sort === 'worst') return [...mine].sort((a, b) => points(a) - points(b) || b.seq - a.seq);
  return sortBySeq(mine, sort === 'oldest');
}

function favorites(ctx: HandlerContext, galleryOnly: boolean): Record<string, unknown>[] {
  const user = target(ctx, ctx.args[0]);
  let ids = favoriteIds(ctx, user.id).filter((id) => !galleryOnly || ctx.store.gallery.has(id));
  if (ctx.args[2] === 'oldest') ids = ids.reverse();
  return pageOf(ids, paging(ctx, ctx.args[1])).flatMap((id): Record<string, unknown>[] => {
    const v = galleryView(ctx, id);
    return v ? [v] : [];
  });
}

/** Account handlers: the account, its images, albums, comments, favorites and submissions, with Imgur's paging. */
export const accountHandlers: Readonly<Record<string, Handler>> = {
  'GET /3/account/{}': (ctx) => {
    const u = target(ctx, ctx.args[0]);
    const blocked = ctx.auth.user !== undefined && ctx.store.blocks.has(`${ctx.auth.user.id}:${u.username}`);
    return {
      id: u.id,
      url: u.username,
      bio: u.bio,
      avatar: `https://imgur.com/user/${u.username}/avatar?maxwidth=290`,
      avatar_name: 'default/A',
      cover: `https://imgur.com/user/${u.username}/cover?maxwidth=2560`,
      cover_name: 'default/1-space',
      reputation: 0,
      reputation_name: 'Neutral',
      created: u.created,
      pro_expiration: false,
      user_follow: { status: false },
      is_blocked: blocked,
    };
  },
  'GET /3/account/{}/avatar': (ctx) => {
    const u = target(ctx, ctx.args[0]);
    return { avatar: `https://imgur.com/user/${u.username}/avatar?maxwidth=290`, avatar_name: 'default/A' };
  },
  'GET /3/account/me/images': (ctx) => pageOf(images(ctx, 'me'), paging(ctx, undefined)).map((i) => imageView(ctx, i)),
  'GET /3/account/{}/images': (ctx) => pageOf(images(ctx, ctx.args[0]), paging(ctx, undefined)).map((i) => imageView(ctx, i)),
  'GET /3/account/{}/images/{}': (ctx) => pageOf(images(ctx, ctx.args[0]), paging(ctx, ctx.args[1])).map((i) => imageView(ctx, i)),
  'GET /3/account/{}/images/ids/{}': (ctx) => pageOf(images(ctx, ctx.args[0]), paging(ctx, ctx.args[1])).map((i) => i.id),
  'GET /3/account/{}/images/count': (ctx) => images(ctx, ctx.args[0]).length,
  'GET /3/account/{}/image/{}': (ctx) => {
    const user = own(ctx, ctx.args[0]);
    const { img } = findImage(ctx, ctx.args[1]);
    if (img.ownerId !== user.id) throw new MockHttpError(404, `Unable to find an image with the id, ${ctx.args[1] ?? ''}`);
    return imageView(ctx, img);
  },
  'DELETE /3/account/{}/image/{}': (ctx) => {
    const user = own(ctx, ctx.args[0]);
    // Imgur documents the deletehash here; the owner's image id is accepted as well.
    const img = [...ctx.store.images.values()].find((i) => (i.deletehash === ctx.args[1] || i.id === ctx.args[1]) && i.ownerId === user.id);
    if (!img) throw new MockHttpError(404, `Unable to find an image with the deletehash, ${ctx.args[1] ?? ''}`);
    return deleteImage(ctx, img);
  },
  'GET /3/account/{}/albums/{}': (ctx) => pageOf(albums(ctx, ctx.args[0]), paging(ctx, ctx.args[1])).map((a) => albumView(ctx, a, false)),
  'GET /3/account/{}/albums': (ctx) => pageOf(albums(ctx, ctx.args[0]), paging(ctx, undefined)).map((a) => albumView(ctx, a, false)),
  'GET /3/account/{}/albums/ids/{}': (ctx) => pageOf(albums(ctx, ctx.args[0]), paging(ctx, ctx.args[1])).map((a) => a.id),
  'GET /3/account/{}/albums/count': (ctx) => albums(ctx, ctx.args[0]).length,
  'GET /3/account/{}/album/{}': (ctx) => albumView(ctx, ownedAlbum(ctx), true),
  'DELETE /3/account/{}/album/{}': (ctx) => deleteAlbum(ctx, ownedAlbum(ctx)),
  'GET /3/account/{}/comments/{}/{}': (ctx) => pageOf(comments(ctx, ctx.args[0], ctx.args[1]), paging(ctx, ctx.args[2], 50)).map((c) => commentView(ctx, c)),
  'GET /3/account/{}/comments/ids/{}/{}': (ctx) => pageOf(comments(ctx, ctx.args[0], ctx.args[1]), paging(ctx, ctx.args[2], 50)).map((c) => c.id),
  'GET /3/account/{}/comments/count': (ctx) => comments(ctx, ctx.args[0], 'newest').length,
  'GET /3/account/{}/comment/{}': (ctx) => {
    const user = target(ctx, ctx.args[0]);
    const c = findComment(ctx, ctx.args[1]);
    if (c.authorId !== user.id) throw new MockHttpError(404, `Unable to find a comment with the id, ${ctx.args[1] ?? ''}`);
    return commentView(ctx, c);
  },
  'DELETE /3/account/{}/comment/{}': (ctx) => {
    own(ctx, ctx.args[0]);
    return deleteComment(ctx, ctx.args[1]);
  },
  'GET /3/account/{}/favorites/{}/{}': (ctx) => {
    own(ctx, ctx.args[0]);
    return favorites(ctx, false);
  },
  'GET /3/account/{}/favorites/{}': (ctx) => {
    own(ctx, ctx.args[0]);
    return favorites(ctx, false);
  },
  'GET /3/account/{}/gallery_favorites/{}/{}': (ctx) => favorites(ctx, true),
  'GET /3/account/{}/submissions/{}': (ctx) => {
    const user = target(ctx, ctx.args[0]);
    const items = sortBySeq([...ctx.store.gallery.values()]).filter((g) => (g.isAlbum ? ctx.store.albums.get(g.id) : ctx.store.images.get(g.id))?.ownerId === user.id);
    return pageOf(items, paging(ctx, ctx.args[1])).flatMap((g) => galleryView(ctx, g.id) ?? []);
  },
};

function ownedAlbum(ctx: HandlerContext) {
  const user = own(ctx, ctx.args[0]);
  const { album } = findAlbum(ctx, ctx.args[1]);
  if (album.ownerId !== user.id) throw new MockHttpError(404, `Unable to find an album with the id, ${ctx.args[1] ?? ''}`);
  return album;
}
