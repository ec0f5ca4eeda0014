import { MockHttpError } from '../http/errors.js';
import type { Handler, HandlerContext } from '../http/handlers.js';
import { toggleFavorite } from './favorites.js';
import { applyFields, chosenImages, setImages } from './album-edit.js';
import { list } from './input.js';
import type { AlbumRec } from './records.js';
import { albumView, imageView, isOwner } from './views.js';

/** Finds an album by id or deletehash; secret albums of others that are not in the gallery are not found (404). */
export function findAlbum(ctx: HandlerContext, key: string | undefined): { album: AlbumRec; viaDeletehash: boolean } {
  const byId = key === undefined ? undefined : ctx.store.albums.get(key);
  const byHash = byId ? undefined : [...ctx.store.albums.values()].find((a) => a.deletehash === key);
  const album = byId ?? byHash;
  if (!album || (byId && !visible(ctx, byId))) throw new MockHttpError(404, `Unable to find an album with the id, ${key ?? ''}`);
  return { album, viaDeletehash: byHash !== undefined };
}

/**
 * Whether an album is read by its id: public and hidden albums (hidden means unlisted, not private: Imgur serves hidden
 * albums to other users), anonymous ones and any shared to the gallery are read by anyone; a secret one by its owner.
 */
function visible(ctx: HandlerContext, a: AlbumRec): boolean {
  return a.privacy !== 'secret' || listed(ctx, a) || ctx.store.gallery.has(a.id);
}

/** Whether an album shows in its owner's album lists: public and anonymous albums to everyone, the others to the owner. */
export function listed(ctx: HandlerContext, a: AlbumRec): boolean {
  return a.privacy === 'public' || a.ownerId === null || isOwner(ctx, a.ownerId);
}

/** The caller may change the album: owner by token, or holder of the deletehash. */
export function mayEditAlbum(ctx: HandlerContext, a: AlbumRec, viaDeletehash: boolean): boolean {
  return viaDeletehash || isOwner(ctx, a.ownerId);
}

function editable(ctx: HandlerContext): AlbumRec {
  const { album, viaDeletehash } = findAlbum(ctx, ctx.args[0]);
  if (!mayEditAlbum(ctx, album, viaDeletehash)) throw new MockHttpError(403, 'Permission denied: you do not own this album');
  return album;
}

/** Removes an album (its images stay). */
export function deleteAlbum(ctx: HandlerContext, a: AlbumRec): true {
  ctx.store.albums.delete(a.id);
  ctx.store.gallery.delete(a.id);
  for (const f of [...ctx.store.favorites]) if (f.endsWith(`:${a.id}`)) ctx.store.favorites.delete(f);
  return true;
}

/** Album handlers: create, get, images, update, set/add/remove images, delete, favorite. */
export const albumHandlers: Readonly<Record<string, Handler>> = {
  'POST /3/album': (ctx) => {
    const user = ctx.auth.user;
    const a: AlbumRec = {
      id: ctx.store.newId(),
      deletehash: ctx.store.rnd.id(15),
      ownerId: user?.id ?? null,
      title: null,
      description: null,
      privacy: user?.albumPrivacy ?? 'public',
      layout: 'blog',
      cover: null,
      imageIds: [],
      datetime: Math.floor(Date.now() / 1000),
      seq: ctx.store.nextSeq(),
      views: 0,
    };
    setImages(a, chosenImages(ctx) ?? []);
    applyFields(ctx, a);
    ctx.store.albums.set(a.id, a);
    return { id: a.id, deletehash: a.deletehash };
  },
  'GET /3/album/{}': (ctx) => albumView(ctx, findAlbum(ctx, ctx.args[0]).album, true),
  'GET /3/album/{}/images': (ctx) =>
    findAlbum(ctx, ctx.args[0])
      .album.imageIds.flatMap((id) => ctx.store.images.get(id) ?? [])
      .map((i) => imageView(ctx, i)),
  'GET /3/album/{}/image/{}': (ctx) => {
    const a = findAlbum(ctx, ctx.args[0]).album;
    const img = a.imageIds.includes(ctx.args[1] ?? '') ? ctx.store.images.get(ctx.args[1] ?? '') : undefined;
    if (!img) throw new MockHttpError(404, `Unable to find an image with the id, ${ctx.args[1] ?? ''}, in this album`);
    return imageView(ctx, img);
  },
  'PUT /3/album/{}': (ctx) => {
    const a = editable(ctx);
    const ids = chosenImages(ctx);
    if (ids !== undefined) setImages(a, ids);
    applyFields(ctx, a);
    // Imgur answers an album update with the album's id and deletehash (recorded 2024), not `true`.
    return { id: a.id, deletehash: a.deletehash };
  },
  'POST /3/album/{}': (ctx) => {
    const a = editable(ctx);
    const ids = chosenImages(ctx);
    if (ids === undefined) throw new MockHttpError(400, 'Missing required field `ids[]` or `deletehashes[]`');
    return setImages(a, ids);
  },
  'POST /3/album/{}/add': (ctx) => {
    const a = editable(ctx);
    const ids = chosenImages(ctx);
    if (ids === undefined) throw new MockHttpError(400, 'Missing required field `ids[]` or `deletehashes[]`');
    return setImages(a, [...new Set([...a.imageIds, ...ids])]);
  },
  'POST /3/album/{}/remove_images': (ctx) => {
    const a = editable(ctx);
    const ids = list(ctx, 'ids') ?? [];
    return setImages(
      a,
      a.imageIds.filter((id) => !ids.includes(id)),
    );
  },
  'DELETE /3/album/{}': (ctx) => deleteAlbum(ctx, editable(ctx)),
  'POST /3/album/{}/favorite': (ctx) => toggleFavorite(ctx, findAlbum(ctx, ctx.args[0]).album.id),
};
