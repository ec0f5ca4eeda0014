import { MockHttpError } from '../http/errors.js';
import type { Handler, HandlerContext } from '../http/handlers.js';
import { findAlbum } from './albums.js';
import { applyVote, createComment, findComment } from './comments.js';
import { findImage } from './images.js';
import { pageOf, paging, sortBySeq, text } from './input.js';
import { sortItems } from './search.js';
import type { GalleryRec } from './records.js';
import { commentView, galleryView, tally } from './views.js';

function shared(ctx: HandlerContext, id: string | undefined): GalleryRec {
  const g = id === undefined ? undefined : ctx.store.gallery.get(id);
  if (!g) throw new MockHttpError(404, `Unable to find a gallery item with the id, ${id ?? ''}`);
  return g;
}

function tagsOf(raw: string | undefined): string[] {
  return [
    ...new Set(
      (raw ?? '')
        .split(',')
        .map((t) => t.trim().toLowerCase())
        .filter((t) => t !== ''),
    ),
  ];
}

/** Who added each tag: the earlier author where the tag was there before, else `userId`. */
function authors(tags: readonly string[], before: Readonly<Record<string, number>>, userId: number): Record<string, number> {
  return Object.fromEntries(tags.map((t) => [t, before[t] ?? userId]));
}

function share(isAlbum: boolean): Handler {
  return (ctx) => {
    const item = isAlbum ? findAlbum(ctx, ctx.args[0]).album : findImage(ctx, ctx.args[0]).img;
    if (item.ownerId === null || item.ownerId !== ctx.auth.user?.id) throw new MockHttpError(403, 'Permission denied: only the owner can share this item');
    const title = text(ctx, 'title') ?? item.title;
    if (!title) throw new MockHttpError(400, 'Missing required field `title`');
    const old = ctx.store.gallery.get(item.id);
    const tags = tagsOf(text(ctx, 'tags'));
    ctx.store.gallery.set(item.id, {
      id: item.id,
      isAlbum,
      title,
      topic: text(ctx, 'topic') ?? null,
      tags,
      tagAuthors: authors(tags, old?.tagAuthors ?? {}, ctx.auth.user?.id ?? 0),
      mature: text(ctx, 'mature') === '1',
      datetime: old?.datetime ?? Math.floor(Date.now() / 1000),
      seq: old?.seq ?? ctx.store.nextSeq(),
      votes: old?.votes ?? new Map(),
    });
    return true;
  };
}

function view(ctx: HandlerContext, id: string | undefined, isAlbum: boolean): Record<string, unknown> {
  const g = shared(ctx, id);
  if (g.isAlbum !== isAlbum) throw new MockHttpError(404, `Unable to find a gallery ${isAlbum ? 'album' : 'image'} with the id, ${id ?? ''}`);
  return galleryView(ctx, g.id) ?? {};
}

function comments(ctx: HandlerContext): Record<string, unknown>[] {
  const g = shared(ctx, ctx.args[0]);
  const top = [...ctx.store.comments.values()].filter((c) => c.itemId === g.id && c.parentId === 0 && !c.deleted);
  const sort = ctx.args[1] ?? 'best';
  const score = (c: (typeof top)[number]): number => tally(c.votes).ups - tally(c.votes).downs;
  const ordered = sort === 'new' ? sortBySeq(top) : [...top].sort((a, b) => score(b) - score(a) || a.seq - b.seq);
  return ordered.map((c) => commentView(ctx, c));
}

/** Gallery handlers: share, remove, get, list, vote, votes, tags, comments. */
export const galleryHandlers: Readonly<Record<string, Handler>> = {
  'POST /3/gallery/image/{}': share(false),
  'POST /3/gallery/album/{}': share(true),
  'POST /3/gallery/{}': (ctx) => share(ctx.store.albums.has(ctx.args[0] ?? ''))(ctx),
  'DELETE /3/gallery/{}': (ctx) => {
    const g = shared(ctx, ctx.args[0]);
    const owner = (g.isAlbum ? ctx.store.albums.get(g.id) : ctx.store.images.get(g.id))?.ownerId;
    if (owner !== ctx.auth.user?.id) throw new MockHttpError(403, 'Permission denied: only the owner can remove this item');
    ctx.store.gallery.delete(g.id);
    return true;
  },
  'GET /3/gallery/image/{}': (ctx) => view(ctx, ctx.args[0], false),
  'GET /3/gallery/album/{}': (ctx) => view(ctx, ctx.args[0], true),
  'GET /3/gallery/{}': (ctx) => galleryView(ctx, shared(ctx, ctx.args[0]).id),
  'GET /3/gallery/{}/{}/{}/{}': (ctx) => {
    const items = sortItems([...ctx.store.gallery.values()], ctx.args[1], ctx.args[2]).map((g) => galleryView(ctx, g.id) ?? {});
    return pageOf(items, paging(ctx, ctx.args[3], 60));
  },
  'GET /3/gallery/{}/votes': (ctx) => tally(shared(ctx, ctx.args[0]).votes),
  'POST /3/gallery/{}/vote/{}': (ctx) => applyVote(shared(ctx, ctx.args[0]).votes, ctx.auth.user?.id ?? 0, ctx.args[1]),
  // Tag votes, as recorded answers show: each tag with the vote of the user who added it.
  'GET /3/gallery/{}/tags': (ctx) => {
    const g = shared(ctx, ctx.args[0]);
    return { tags: g.tags.map((name) => ({ name, ups: 1, downs: 0, author: ctx.store.users.get(g.tagAuthors[name] ?? 0)?.username ?? '' })) };
  },
  'POST /3/gallery/tags/{}': (ctx) => {
    const g = shared(ctx, ctx.args[0]);
    g.tags = tagsOf(text(ctx, 'tags'));
    g.tagAuthors = authors(g.tags, g.tagAuthors, ctx.auth.user?.id ?? 0);
    return true;
  },
  'POST /3/gallery/image/{}/report': (ctx) => {
    shared(ctx, ctx.args[0]);
    return true;
  },
  'GET /3/gallery/{}/comments/{}': comments,
  'GET /3/gallery/{}/comments': comments,
  'GET /3/gallery/{}/comment/{}': (ctx) => commentView(ctx, findComment(ctx, ctx.args[1])),
  'POST /3/gallery/{}/comment': (ctx) => {
    const g = shared(ctx, ctx.args[0]);
    const body = text(ctx, 'comment');
    if (body === undefined) throw new MockHttpError(400, 'Missing required field `comment`');
    return createComment(ctx, g.id, body, 0);
  },
};
