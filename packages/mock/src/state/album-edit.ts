import { MockHttpError } from '../http/errors.js';
import type { HandlerContext } from '../http/handlers.js';
import { list, text } from './input.js';
import type { AlbumRec } from './records.js';
import { isOwner } from './views.js';

type Privacy = AlbumRec['privacy'];

/** Image ids named by `ids[]` and `deletehashes[]`; unknown ones are a 400. */
export function chosenImages(ctx: HandlerContext): string[] | undefined {
  const ids = list(ctx, 'ids');
  const hashes = list(ctx, 'deletehashes');
  if (ids === undefined && hashes === undefined) return undefined;
  const out: string[] = [];
  for (const id of ids ?? []) {
    const img = ctx.store.images.get(id);
    if (!img) throw new MockHttpError(400, `Invalid field \`ids[]\`: no image with the id ${id}`);
    if (!isOwner(ctx, img.ownerId)) throw new MockHttpError(403, `Permission denied: image ${id} is not yours; use its deletehash`);
    out.push(id);
  }
  for (const h of hashes ?? []) {
    const img = [...ctx.store.images.values()].find((i) => i.deletehash === h);
    if (!img) throw new MockHttpError(400, `Invalid field \`deletehashes[]\`: no image with the deletehash ${h}`);
    out.push(img.id);
  }
  return [...new Set(out)];
}

/** Applies title, description, privacy, layout and cover from the body. */
export function applyFields(ctx: HandlerContext, a: AlbumRec): void {
  if ('title' in ctx.body) a.title = text(ctx, 'title') ?? null;
  if ('description' in ctx.body) a.description = text(ctx, 'description') ?? null;
  const privacy = text(ctx, 'privacy');
  if (privacy !== undefined) a.privacy = privacy as Privacy;
  const layout = text(ctx, 'layout');
  if (layout !== undefined) a.layout = layout;
  const cover = text(ctx, 'cover');
  if (cover !== undefined) {
    if (!a.imageIds.includes(cover)) throw new MockHttpError(400, 'Invalid field `cover`: the image is not in the album');
    a.cover = cover;
  }
}

/** Replaces the album's images; the cover follows when it left. */
export function setImages(a: AlbumRec, ids: readonly string[]): true {
  a.imageIds = [...ids];
  if (a.cover === null || !a.imageIds.includes(a.cover)) a.cover = a.imageIds[0] ?? null;
  return true;
}
