import { MockHttpError } from '../http/errors.js';
import type { Handler, HandlerContext } from '../http/handlers.js';
import { findAlbum, mayEditAlbum } from './albums.js';
import { toggleFavorite } from './favorites.js';
import { text } from './input.js';
import type { ImageRec } from './records.js';
import { readUpload } from './upload.js';
import { imageView, isOwner } from './views.js';

/** Finds an image by id or deletehash; `viaDeletehash` grants anonymous ownership. */
export function findImage(ctx: HandlerContext, key: string | undefined): { img: ImageRec; viaDeletehash: boolean } {
  const byId = key === undefined ? undefined : ctx.store.images.get(key);
  if (byId) return { img: byId, viaDeletehash: false };
  const byHash = [...ctx.store.images.values()].find((i) => i.deletehash === key);
  if (byHash) return { img: byHash, viaDeletehash: true };
  throw new MockHttpError(404, `Unable to find an image with the id, ${key ?? ''}`);
}

/** Looks up an image the caller may change (owner by token, or anyone holding the deletehash). */
function editableImage(ctx: HandlerContext, key: string | undefined): ImageRec {
  const { img, viaDeletehash } = findImage(ctx, key);
  if (!viaDeletehash && !isOwner(ctx, img.ownerId)) throw new MockHttpError(403, 'Permission denied: you do not own this image');
  return img;
}

/** Removes an image and every reference to it. */
export function deleteImage(ctx: HandlerContext, img: ImageRec): true {
  ctx.store.images.delete(img.id);
  ctx.store.gallery.delete(img.id);
  for (const a of ctx.store.albums.values()) {
    a.imageIds = a.imageIds.filter((id) => id !== img.id);
    if (a.cover === img.id) a.cover = a.imageIds[0] ?? null;
  }
  for (const f of [...ctx.store.favorites]) if (f.endsWith(`:${img.id}`)) ctx.store.favorites.delete(f);
  return true;
}

const upload: Handler = async (ctx) => {
  const src = await readUpload(ctx);
  const albumKey = text(ctx, 'album');
  const album = albumKey === undefined ? undefined : findAlbum(ctx, albumKey);
  if (album && !mayEditAlbum(ctx, album.album, album.viaDeletehash)) throw new MockHttpError(403, 'Permission denied: you cannot add images to this album');
  const img: ImageRec = {
    id: ctx.store.newId(),
    deletehash: ctx.store.rnd.id(15),
    ownerId: ctx.auth.user?.id ?? null,
    title: text(ctx, 'title') ?? null,
    description: text(ctx, 'description') ?? null,
    name: src.name,
    type: src.type,
    ext: src.ext,
    width: src.width,
    height: src.height,
    bytes: src.bytes,
    source: src.source,
    datetime: Math.floor(Date.now() / 1000),
    seq: ctx.store.nextSeq(),
    views: 0,
    bandwidth: 0,
  };
  ctx.store.images.set(img.id, img);
  if (album) {
    album.album.imageIds.push(img.id);
    album.album.cover ??= img.id;
  }
  return imageView(ctx, img, true);
};

/** Image handlers: upload (both routes), get, update and delete by id or deletehash, favorite. */
export const imageHandlers: Readonly<Record<string, Handler>> = {
  'POST /3/upload': upload,
  'POST /3/image': upload,
  'GET /3/image/{}': (ctx) => imageView(ctx, findImage(ctx, ctx.args[0]).img),
  'POST /3/image/{}': (ctx) => {
    const img = editableImage(ctx, ctx.args[0]);
    if ('title' in ctx.body) img.title = text(ctx, 'title') ?? null;
    if ('description' in ctx.body) img.description = text(ctx, 'description') ?? null;
    return true;
  },
  'DELETE /3/image/{}': (ctx) => deleteImage(ctx, editableImage(ctx, ctx.args[0])),
  'POST /3/image/{}/favorite': (ctx) => toggleFavorite(ctx, findImage(ctx, ctx.args[0]).img.id),
};
