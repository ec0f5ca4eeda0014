import type { HandlerContext } from '../http/handlers.js';
import type { GalleryRec } from './records.js';

/** The searchable text of a shared item: title, description and tags, lower-cased. */
function haystack(ctx: HandlerContext, g: GalleryRec): string {
  const item = g.isAlbum ? ctx.store.albums.get(g.id) : ctx.store.images.get(g.id);
  return [g.title, item?.description ?? '', ...g.tags].join(' ').toLowerCase();
}

function words(v: unknown): string[] {
  return typeof v === 'string'
    ? v
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w !== '')
    : [];
}

function typeOf(ctx: HandlerContext, g: GalleryRec): string {
  if (g.isAlbum) return 'album';
  const t = ctx.store.images.get(g.id)?.type ?? '';
  return t === 'image/gif' ? 'anigif' : t === 'image/jpeg' ? 'jpg' : t.startsWith('video/') ? 'anigif' : t.replace('image/', '');
}

/**
 * Imgur's gallery search over the shared items: `q` (words, all must match; `OR` between words makes any match;
 * a leading `-` excludes; `tag:x` and `title:x` look in one place), or the advanced `q_all`, `q_any`, `q_exactly`,
 * `q_not` and `q_type` (jpg, png, gif, anigif, album).
 */
export function matchesSearch(ctx: HandlerContext, g: GalleryRec, query: Readonly<Record<string, unknown>>): boolean {
  const text = haystack(ctx, g);
  const q = words(query.q);
  if (q.length > 0) {
    const any = q.includes('or');
    const terms = q.filter((w) => w !== 'or' && w !== 'and');
    const hit = (w: string): boolean => {
      if (w.startsWith('tag:')) return g.tags.includes(w.slice(4));
      if (w.startsWith('title:')) return g.title.toLowerCase().includes(w.slice(6));
      return text.includes(w);
    };
    const include = terms.filter((w) => !w.startsWith('-'));
    const exclude = terms.filter((w) => w.startsWith('-') && w.length > 1).map((w) => w.slice(1));
    if (exclude.some(hit)) return false;
    if (include.length > 0 && !(any ? include.some(hit) : include.every(hit))) return false;
  }
  if (!words(query.q_all).every((w) => text.includes(w))) return false;
  const anyOf = words(query.q_any);
  if (anyOf.length > 0 && !anyOf.some((w) => text.includes(w))) return false;
  if (typeof query.q_exactly === 'string' && query.q_exactly !== '' && !text.includes(query.q_exactly.toLowerCase())) return false;
  if (words(query.q_not).some((w) => text.includes(w))) return false;
  if (typeof query.q_type === 'string' && query.q_type !== '' && typeOf(ctx, g) !== query.q_type.toLowerCase()) return false;
  return true;
}

const WINDOW_SECONDS: Readonly<Record<string, number>> = { day: 86_400, week: 7 * 86_400, month: 31 * 86_400, year: 366 * 86_400 };

/** Orders shared items the way a gallery view asks: `time` newest first, `top`/`viral`/`rising` by points; `window` limits `top` to a period. */
export function sortItems(items: readonly GalleryRec[], sort: string | undefined, window: string | undefined): GalleryRec[] {
  const points = (g: GalleryRec): number => [...g.votes.values()].reduce((n, v) => n + (v === 'up' ? 1 : -1), 0);
  const since = sort === 'top' && window !== undefined && window in WINDOW_SECONDS ? Math.floor(Date.now() / 1000) - WINDOW_SECONDS[window]! : -Infinity;
  const kept = items.filter((g) => g.datetime >= since);
  return sort === 'time' || sort === undefined ? [...kept].sort((a, b) => b.seq - a.seq) : [...kept].sort((a, b) => points(b) - points(a) || b.seq - a.seq);
}
