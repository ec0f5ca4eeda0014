import type { ImgurClient } from '../types/client.js';
import type { Page, PaginateOptions, Paginator } from '../types/paging.js';
import type { PageableOperation } from '../call/operation.js';
import { fieldName } from '../http/field-name.js';
import { send } from '../http/send.js';
import { ImgurUsageError } from '../errors/usage-errors.js';
import { ImgurAbortError } from '../errors/transport-errors.js';

/** Argument list of `paginate` after the operation: input is optional when all its fields are. */
// biome-ignore lint/complexity/noBannedTypes: `{} extends I` is the check that every field of I is optional.
export type PaginateArgs<I> = {} extends I ? [input?: I, options?: PaginateOptions] : [input: I, options?: PaginateOptions];

/**
 * Pages through a list operation: `for await (const item of paginate(client, op, input))`
 * or `.pages()`. Page number in the path or in `page`/`perPage` query
 * parameters (`perPage` at most 100), or the block list's `next` cursor. Stops
 * on an empty page, a repeated cursor, `maxPages` or an aborted signal; holds
 * one page at a time. Only `PageableOperation`s are accepted.
 */
export function paginate<I, D, Item>(client: ImgurClient, op: PageableOperation<I, D, Item>, ...[input, options = {}]: PaginateArgs<I>): Paginator<D, Item> {
  // Wrong arguments are an ImgurUsageError at once (a TypeError from destructuring would say less).
  const given = (op as { meta?: { paging?: unknown; id?: string } } | null | undefined)?.meta;
  if (!given?.paging) throw new ImgurUsageError(`${given?.id ?? 'paginate: the operation'} is not pageable (no meta.paging).`);
  if (typeof options !== 'object' || options === null) throw new ImgurUsageError(`${given.id}: the options of paginate must be an object.`);
  const { meta } = op;
  const { paging, id } = meta;
  const { style, param } = paging;
  const { signal, maxPages = Infinity } = options;
  const perPage = style === 'query' ? paging.perPage : undefined;
  const max = (style === 'query' && paging.maxPerPage) || 100;
  // Query and cursor parameters are sent as query fields even when the operation does not list them.
  const known = [...(meta.queryParams ?? []), ...(meta.pathParams ?? [])].map((f) => fieldName(f).key);
  const extra = style === 'path' ? [] : [param, perPage].filter((k): k is string => !!k && !known.includes(k));
  const sent = extra.length ? { ...meta, queryParams: [...(meta.queryParams ?? []), ...extra] } : meta;
  const base = { ...input } as Record<string, unknown>;
  async function* pages(): AsyncGenerator<Page<D, Item>> {
    if (perPage && Number(base[perPage]) > max) throw new ImgurUsageError(`${id}: ${perPage} must be at most ${max}.`);
    let page = style === 'cursor' ? (base[param] as string | undefined) : (options.startPage ?? Number(base[param] ?? meta.defaults?.[param] ?? 0));
    const seen = new Set<unknown>();
    for (let n = 0; n < maxPages && !signal?.aborted; n++) {
      const result = await send(client, sent, { ...base, [param]: page }, signal ? { signal } : {});
      if (result.error instanceof ImgurAbortError && signal?.aborted) return;
      if (result.error) throw result.error;
      const data = result.data as D;
      const items = style === 'cursor' ? (data as Record<string, unknown> | null)?.[paging.items] : data;
      if (!Array.isArray(items)) throw new ImgurUsageError(`${id}: a page is not a list.`);
      if (!items.length) return;
      yield { items, data, page, response: result.response, rateLimit: result.rateLimit };
      if (style !== 'cursor') page = (page as number) + 1;
      else {
        const next = (data as Record<string, unknown>)[paging.next];
        seen.add(page);
        if (next == null || next === '' || seen.has(String(next))) return;
        page = String(next);
      }
    }
  }
  return {
    pages,
    // Items straight off each page, without a second generator re-yielding every one.
    [Symbol.asyncIterator](): AsyncIterator<Item> {
      const source = pages();
      let items: readonly Item[] = [];
      let i = 0;
      return {
        async next(): Promise<IteratorResult<Item>> {
          while (i >= items.length) {
            const step = await source.next();
            if (step.done) return { done: true, value: undefined };
            ({ items } = step.value);
            i = 0;
          }
          return { done: false, value: items[i++]! };
        },
        async return(): Promise<IteratorResult<Item>> {
          items = [];
          await source.return(undefined);
          return { done: true, value: undefined };
        },
      };
    },
  };
}
