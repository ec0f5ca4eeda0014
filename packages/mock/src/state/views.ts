import type { HandlerContext } from '../http/handlers.js';
import { adConfig } from '../bodies/realistic.js';
import { gifFrames } from '../http/gif-frames.js';
import type { AlbumRec, CommentRec, ImageRec } from './records.js';

/** The Image model as the caller sees it, with the fields real bodies carry (`deletehash` and `name` only for the owner or on upload). */
export function imageView(ctx: HandlerContext, img: ImageRec, owner = isOwner(ctx, img.ownerId)): Record<string, unknown> {
  const video = img.type.startsWith('video/');
  // A GIF is animated when it has more than one frame (a one-frame GIF is a still image).
  const animated = video || (img.type === 'image/gif' && gifFrames(img.bytes) > 1);
  const link = `${ctx.baseUrl}/i/${img.id}.${img.ext}`;
  const user = img.ownerId === null ? undefined : ctx.store.users.get(img.ownerId);
  const inGallery = ctx.store.gallery.has(img.id);
  return {
    id: img.id,
    title: img.title,
    description: img.description,
    datetime: img.datetime,
    type: img.type,
    animated,
    width: img.width,
    height: img.height,
    size: img.bytes.length,
    views: img.views,
    bandwidth: img.bandwidth,
    vote: null,
    favorite: isFavorite(ctx, img.id),
    nsfw: null,
    section: null,
    account_url: user?.username ?? null,
    account_id: user?.id ?? null,
    is_ad: false,
    in_most_viral: false,
    has_sound: false,
    tags: [],
    ad_type: null,
    ad_url: null,
    edited: '0',
    in_gallery: inGallery,
    ...(owner ? { deletehash: img.deletehash, name: img.name } : {}),
    ...(animated ? { gifv: `${ctx.baseUrl}/i/${img.id}.gifv`, mp4: `${ctx.baseUrl}/i/${img.id}.mp4`, mp4_size: img.bytes.length, looping: true } : {}),
    hls: '',
    processing: { status: 'completed' },
    ad_config: adConfig(inGallery),
    link,
  };
}

/** The Album model with the fields real bodies carry (no `order`: real bodies never have it); `images` only when the album itself is requested. */
export function albumView(ctx: HandlerContext, a: AlbumRec, withImages: boolean): Record<string, unknown> {
  const user = a.ownerId === null ? undefined : ctx.store.users.get(a.ownerId);
  const cover = a.cover === null ? undefined : ctx.store.images.get(a.cover);
  const images = a.imageIds.flatMap((id) => ctx.store.images.get(id) ?? []);
  const inGallery = ctx.store.gallery.has(a.id);
  return {
    id: a.id,
    title: a.title,
    description: a.description,
    datetime: a.datetime,
    cover: cover?.id ?? null,
    cover_edited: null,
    cover_width: cover?.width ?? null,
    cover_height: cover?.height ?? null,
    account_url: user?.username ?? null,
    account_id: user?.id ?? null,
    privacy: a.privacy,
    layout: a.layout,
    views: a.views,
    link: `${ctx.baseUrl}/a/${a.id}`,
    favorite: isFavorite(ctx, a.id),
    nsfw: null,
    section: null,
    images_count: images.length,
    in_gallery: inGallery,
    is_ad: false,
    include_album_ads: false,
    is_album: true,
    ...(isOwner(ctx, a.ownerId) ? { deletehash: a.deletehash } : {}),
    ...(withImages ? { images: images.map((i) => imageView(ctx, i)) } : {}),
    ad_config: adConfig(inGallery),
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
  const favorites = [...ctx.store.favorites].filter((f) => f.endsWith(`:${id}`)).length;
  const isAlbum = album !== undefined && img === undefined;
  return {
    ...base,
    title: g?.title ?? base.title,
    datetime: g?.datetime ?? base.datetime,
    vote: mine,
    comment_count: g ? comments : null,
    favorite_count: favorites,
    topic: g?.topic ?? null,
    topic_id: null,
    ups,
    downs,
    points: ups === null || downs === null ? null : ups - downs,
    score: g ? (ups ?? 0) - (downs ?? 0) : null,
    is_album: isAlbum,
    in_most_viral: false,
    in_gallery: g !== undefined,
    nsfw: g ? g.mature : null,
    section: g ? (subredditOf(g.tags) ?? '') : null,
    tags: (g?.tags ?? []).map((name) => tagView(ctx, name)),
    ...(isAlbum ? { include_album_ads: false } : {}),
  };
}

/** The subreddit a shared item is listed under: its first tag (subreddit views list the items tagged with the subreddit's name). */
function subredditOf(tags: readonly string[]): string | undefined {
  return tags[0];
}

/** The Tag model for a tag name, with the fields real bodies carry (counts from the shared items). */
export function tagView(ctx: HandlerContext, name: string): Record<string, unknown> {
  const total = [...ctx.store.gallery.values()].filter((g) => g.tags.includes(name)).length;
  return {
    name,
    display_name: name,
    followers: ctx.store.tagFollowers(name),
    total_items: total,
    following: ctx.auth.user ? ctx.store.follows(ctx.auth.user.id, name) : false,
    is_whitelisted: false,
    background_hash: '',
    thumbnail_hash: null,
    accent: accentOf(name),
    background_is_animated: false,
    thumbnail_is_animated: false,
    is_promoted: false,
    description: '',
    logo_hash: null,
    logo_destination_url: null,
    description_annotations: {},
  };
}

/** A stable 6-digit hex colour per tag name (real tags carry one). */
function accentOf(name: string): string {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  return (h & 0xffffff).toString(16).toUpperCase().padStart(6, '0');
}

/** The Comment model with its (non-deleted) replies nested under `children`. */
export function commentView(ctx: HandlerContext, c: CommentRec, depth = 0): Record<string, unknown> {
  const { ups, downs } = tally(c.votes);
  const author = ctx.store.users.get(c.authorId);
  const album = c.onAlbum ? ctx.store.albums.get(c.itemId) : undefined;
  const children = depth > 20 ? [] : [...ctx.store.comments.values()].filter((r) => r.parentId === c.id && !r.deleted).sort((a, b) => a.seq - b.seq);
  return {
    id: c.id,
    image_id: c.itemId,
    comment: c.text,
    author: author?.username ?? '[deleted]',
    author_id: c.authorId,
    on_album: c.onAlbum,
    album_cover: album?.cover ?? null,
    ups,
    downs,
    points: ups - downs,
    datetime: c.datetime,
    parent_id: c.parentId,
    deleted: c.deleted,
    vote: ctx.auth.user ? (c.votes.get(ctx.auth.user.id) ?? null) : null,
    platform: 'api',
    has_admin_badge: false,
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
