import type { HandlerContext } from '../handlers.js';
import type { AlbumRec, CommentRec, ImageRec } from './records.js';

/** The Image model as the caller sees it (`deletehash` and `name` only for the owner or on upload). */
export function imageView(ctx: HandlerContext, img: ImageRec, owner = isOwner(ctx, img.ownerId)): Record<string, unknown> {
  const animated = img.type === 'image/gif' || img.type.startsWith('video/');
  const link = `${ctx.baseUrl}/i/${img.id}.${img.ext}`;
  const user = img.ownerId === null ? undefined : ctx.store.users.get(img.ownerId);
  return {
    id: img.id, title: img.title, description: img.description, datetime: img.datetime, type: img.type, animated,
    width: img.width, height: img.height, size: img.bytes.length, views: img.views, bandwidth: img.bandwidth,
    vote: null, favorite: isFavorite(ctx, img.id), nsfw: null, section: null,
    account_url: user?.username ?? null, account_id: user?.id ?? null,
    is_ad: false, in_most_viral: false, tags: [], ad_type: 0, ad_url: '', in_gallery: ctx.store.gallery.has(img.id),
    ...(owner ? { deletehash: img.deletehash, ...(img.name === null ? {} : { name: img.name }) } : {}),
    ...(animated ? { gifv: `${ctx.baseUrl}/i/${img.id}.gifv`, mp4: `${ctx.baseUrl}/i/${img.id}.mp4`, mp4_size: img.bytes.length, looping: true } : {}),
    link,
  };
}

/** The Album model; `images` only when the album itself is requested. */
export function albumView(ctx: HandlerContext, a: AlbumRec, withImages: boolean): Record<string, unknown> {
  const user = a.ownerId === null ? undefined : ctx.store.users.get(a.ownerId);
  const cover = a.cover === null ? undefined : ctx.store.images.get(a.cover);
  const images = a.imageIds.flatMap((id) => ctx.store.images.get(id) ?? []);
  return {
    id: a.id, title: a.title, description: a.description, datetime: a.datetime,
    cover: cover?.id ?? null, cover_width: cover?.width ?? null, cover_height: cover?.height ?? null,
    account_url: user?.username ?? null, account_id: user?.id ?? null, privacy: a.privacy, layout: a.layout,
    views: a.views, link: `${ctx.baseUrl}/a/${a.id}`, favorite: isFavorite(ctx, a.id), nsfw: null, section: null,
    order: 0, images_count: images.length, in_gallery: ctx.store.gallery.has(a.id), is_ad: false,
    ...(isOwner(ctx, a.ownerId) ? { deletehash: a.deletehash } : {}),
    ...(withImages ? { images: images.map((i) => imageView(ctx, i)) } : {}),
  };
}

/** The Gallery Image / Gallery Album model for an item, shared or not (vote fields are null when not shared). */
export function galleryView(ctx: HandlerContext, id: string): Record<string, unknown> | undefined {
  const g = ctx.store.gallery.get(id);
  const img = ctx.store.images.get(id);
  const album = ctx.store.albums.get(id);
  const base = img ? imageView(ctx, img) : album ? albumView(ctx, album, true) : undefined;
  if (!base) return undefined;
  const { ups, downs } = g ? tally(g.votes) : { ups: null, downs: null };
  const mine = g && ctx.auth.user ? (g.votes.get(ctx.auth.user.id) ?? null) : null;
  const comments = [...ctx.store.comments.values()].filter((c) => c.itemId === id && !c.deleted).length;
  return {
    ...base,
    title: g?.title ?? base.title,
    datetime: g?.datetime ?? base.datetime,
    vote: mine, comment_count: g ? comments : null, topic: g?.topic ?? null, topic_id: 0,
    ups, downs, points: ups === null || downs === null ? null : ups - downs, score: g ? (ups ?? 0) - (downs ?? 0) : 0,
    is_album: album !== undefined && img === undefined, in_most_viral: false, in_gallery: g !== undefined,
    nsfw: g ? g.mature : null,
    tags: (g?.tags ?? []).map((name) => tagView(ctx, name)),
  };
}

/** The Tag model for a tag name (counts from the shared items). */
export function tagView(ctx: HandlerContext, name: string): Record<string, unknown> {
  const total = [...ctx.store.gallery.values()].filter((g) => g.tags.includes(name)).length;
  return { name, display_name: name, followers: 0, total_items: total, following: false, background_hash: '', is_promoted: false };
}

/** The Comment model with its (non-deleted) replies nested under `children`. */
export function commentView(ctx: HandlerContext, c: CommentRec, depth = 0): Record<string, unknown> {
  const { ups, downs } = tally(c.votes);
  const author = ctx.store.users.get(c.authorId);
  const album = c.onAlbum ? ctx.store.albums.get(c.itemId) : undefined;
  const children = depth > 20 ? [] : [...ctx.store.comments.values()].filter((r) => r.parentId === c.id && !r.deleted).sort((a, b) => a.seq - b.seq);
  return {
    id: c.id, image_id: c.itemId, comment: c.text, author: author?.username ?? '[deleted]', author_id: c.authorId,
    on_album: c.onAlbum, album_cover: album?.cover ?? null, ups, downs, points: ups - downs, datetime: c.datetime,
    parent_id: c.parentId, deleted: c.deleted, vote: ctx.auth.user ? (c.votes.get(ctx.auth.user.id) ?? null) : null,
    children: children.map((r) => commentView(ctx, r, depth + 1)),
  };
}

/** Up and down vote counts. */
export function tally(votes: ReadonlyMap<number, string>): { ups: number; downs: number } {
  const all = [...votes.values()];
  return { ups: all.filter((v) => v === 'up').length, downs: all.filter((v) => v === 'down').length };
}

/** True when the caller is the signed-in owner. */
export function isOwner(ctx: HandlerContext, ownerId: number | null): boolean {
  return ownerId !== null && ctx.auth.user?.id === ownerId;
}

function isFavorite(ctx: HandlerContext, id: string): boolean {
  return ctx.auth.user !== undefined && ctx.store.favorites.has(`${ctx.auth.user.id}:${id}`);
}

