import type { HandlerContext } from '../http/handlers.js';

/** A text field of the body or query (`undefined` when absent or empty); of a list, the last value, as Imgur reads forms. */
export function text(ctx: HandlerContext, key: string): string | undefined {
  const v = ctx.body[key] ?? ctx.query[key];
  const s: unknown = Array.isArray(v) ? v.at(-1) : v;
  return s === undefined || s === null || s === '' ? undefined : String(s);
}

/** A list field: `key[]` repeated, `key` repeated, or a comma-separated `key`. */
export function list(ctx: HandlerContext, key: string): string[] | undefined {
  const v = ctx.body[`${key}[]`] ?? ctx.body[key];
  if (v === undefined || v === null) return undefined;
  const items = (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(','));
  return items.map((s) => s.trim()).filter((s) => s !== '');
}

/** Page number (path segment or `page` query, 0-based) and page size (`perPage`, default 50, at most 100). */
export function paging(ctx: HandlerContext, pageArg: string | undefined, fixedSize?: number): { page: number; perPage: number } {
  const page = Math.max(0, Number.parseInt(pageArg ?? String(ctx.query.page ?? '0'), 10) || 0);
  const asked = Number.parseInt(String(ctx.query.perPage ?? ''), 10);
  const perPage = fixedSize ?? (Number.isFinite(asked) && asked > 0 ? Math.min(asked, 100) : 50);
  return { page, perPage };
}

/** One page of a list. */
export function pageOf<T>(items: readonly T[], p: { page: number; perPage: number }): T[] {
  return items.slice(p.page * p.perPage, (p.page + 1) * p.perPage);
}

/** Newest first (by creation sequence), or oldest first. */
export function sortBySeq<T extends { readonly seq: number }>(items: Iterable<T>, oldest = false): T[] {
  return [...items].sort((a, b) => (oldest ? a.seq - b.seq : b.seq - a.seq));
}
