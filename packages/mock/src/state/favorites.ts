import type { HandlerContext } from '../http/handlers.js';

/** Toggles the caller's favorite on an image or album: `"favorited"` or `"unfavorited"`. */
export function toggleFavorite(ctx: HandlerContext, id: string): 'favorited' | 'unfavorited' {
  const key = `${ctx.auth.user?.id ?? 0}:${id}`;
  if (ctx.store.favorites.delete(key)) return 'unfavorited';
  ctx.store.favorites.add(key);
  return 'favorited';
}

/** Ids the user favorited, newest favorite first. */
export function favoriteIds(ctx: HandlerContext, userId: number): string[] {
  const prefix = `${userId}:`;
  return [...ctx.store.favorites]
    .filter((f) => f.startsWith(prefix))
    .map((f) => f.slice(prefix.length))
    .reverse();
}
