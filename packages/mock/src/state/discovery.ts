import { MockHttpError } from '../http/errors.js';
import type { Handler, HandlerContext } from '../http/handlers.js';
import { target } from './account.js';
import { pageOf, paging } from './input.js';
import { matchesSearch, sortItems } from './search.js';
import { galleryView, tagView } from './views.js';

function items(ctx: HandlerContext) {
  return [...ctx.store.gallery.values()];
}

function page(ctx: HandlerContext, list: ReturnType<typeof items>, pageArg: string | undefined): Record<string, unknown>[] {
  return pageOf(list, paging(ctx, pageArg, 60)).flatMap((g): Record<string, unknown>[] => {
    const v = galleryView(ctx, g.id);
    return v ? [v] : [];
  });
}

/** Tags in use, most used first (ties by name). */
function tagsInUse(ctx: HandlerContext): string[] {
  const count = new Map<string, number>();
  for (const g of items(ctx)) for (const t of g.tags) count.set(t, (count.get(t) ?? 0) + 1);
  return [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || a.localeCompare(b));
}

/** Shared items tagged with the subreddit's name: images and albums, as a subreddit gallery lists both. */
function inSubreddit(ctx: HandlerContext, name: string | undefined) {
  const sub = (name ?? '').toLowerCase();
  return items(ctx).filter((g) => g.tags.includes(sub));
}

/** Follows or unfollows a tag; Imgur answers `{ status: 1 }` (recorded 2024), not `true`. */
function followTag(ctx: HandlerContext, follow: boolean): { status: number } {
  const user = ctx.auth.user;
  if (!user) throw new MockHttpError(403, 'This method requires authentication');
  const key = `${user.id}:${(ctx.args[0] ?? '').toLowerCase()}`;
  if (follow) ctx.store.tagFollows.add(key);
  else ctx.store.tagFollows.delete(key);
  return { status: 1 };
}

/** Views built from what was shared: tags, tag pages, search, subreddits, random, gallery profiles, tag follows. */
export const discoveryHandlers: Readonly<Record<string, Handler>> = {
  'GET /3/tags': (ctx) => {
    const names = tagsInUse(ctx);
    const topics = [...new Set(items(ctx).flatMap((g) => (g.topic === null ? [] : [g.topic])))];
    return {
      tags: names.map((n) => tagView(ctx, n)),
      featured: names[0] ?? '',
      galleries: topics.map((name, i) => {
        const top = sortItems(
          items(ctx).filter((g) => g.topic === name),
          'top',
          undefined,
        )[0]!;
        return { id: i + 1, name, description: `Posts shared under ${name}`, topPost: galleryView(ctx, top.id) };
      }),
    };
  },
  'GET /3/gallery/tag_info/{}': (ctx) => tagView(ctx, (ctx.args[0] ?? '').toLowerCase()),
  'GET /3/gallery/t/{}/{}/{}/{}': (ctx) => {
    const name = (ctx.args[0] ?? '').toLowerCase();
    const tagged = sortItems(
      items(ctx).filter((g) => g.tags.includes(name)),
      ctx.args[1],
      ctx.args[2],
    );
    return { ...tagView(ctx, name), items: page(ctx, tagged, ctx.args[3]) };
  },
  // A search for nothing finds nothing.
  'GET /3/gallery/search/{}/{}/{}': (ctx) => {
    const q = ['q', 'q_all', 'q_any', 'q_exactly', 'q_not', 'q_type'].some((k) => typeof ctx.query[k] === 'string' && ctx.query[k] !== '');
    if (!q) return [];
    const found = items(ctx).filter((g) => matchesSearch(ctx, g, ctx.query));
    return page(ctx, sortItems(found, ctx.args[0], ctx.args[1]), ctx.args[2]);
  },
  'GET /3/gallery/r/{}/{}/{}/{}': (ctx) => page(ctx, sortItems(inSubreddit(ctx, ctx.args[0]), ctx.args[1], ctx.args[2]), ctx.args[3]),
  'GET /3/gallery/r/{}/{}': (ctx) => {
    const g = inSubreddit(ctx, ctx.args[0]).find((x) => !x.isAlbum && x.id === ctx.args[1]);
    if (!g) throw new MockHttpError(404, `Unable to find an image with the id, ${ctx.args[1] ?? ''}, in r/${ctx.args[0] ?? ''}`);
    return galleryView(ctx, g.id);
  },
  'GET /3/gallery/random/random/{}': (ctx) => page(ctx, sortItems(items(ctx), 'time', undefined), ctx.args[0]),
  'GET /3/account/{}/gallery_profile': (ctx) => {
    const user = target(ctx, ctx.args[0]);
    const owned = (id: string, isAlbum: boolean): boolean => (isAlbum ? ctx.store.albums.get(id) : ctx.store.images.get(id))?.ownerId === user.id;
    return {
      total_gallery_comments: [...ctx.store.comments.values()].filter((c) => c.authorId === user.id && !c.deleted && ctx.store.gallery.has(c.itemId)).length,
      total_gallery_favorites: [...ctx.store.favorites].filter((f) => f.startsWith(`${user.id}:`) && ctx.store.gallery.has(f.slice(f.indexOf(':') + 1))).length,
      total_gallery_submissions: items(ctx).filter((g) => owned(g.id, g.isAlbum)).length,
      trophies: [],
    };
  },
  'POST /3/account/me/follow/tag/{}': (ctx) => followTag(ctx, true),
  'DELETE /3/account/me/follow/tag/{}': (ctx) => followTag(ctx, false),
};
