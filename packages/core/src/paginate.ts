import type { CallOptions, FieldName, ImgurClient, ImgurResult, OperationMeta, Page, PageableOperation, PaginateOptions, Paginator } from './types.js';
import { fieldName } from './field-name.js';
import { ImgurPromise } from './imgur-promise.js';
import { send } from './send.js';
import { ImgurUsageError } from './errors/usage-errors.js';
import { ImgurAbortError } from './errors/transport-errors.js';

/** Argument list of `paginate` after the operation: input is optional when all its fields are. */
export type PaginateArgs<I> = {} extends I ? [input?: I, options?: PaginateOptions] : [input: I, options?: PaginateOptions];

function withQuery(meta: OperationMeta, keys: readonly (string | undefined)[]): OperationMeta {
  const known = new Set([...(meta.queryParams ?? []), ...(meta.pathParams ?? [])].map((f) => fieldName(f).key));
  const extra: FieldName[] = keys.filter((k): k is string => k !== undefined && !known.has(k));
  return extra.length ? { ...meta, queryParams: [...(meta.queryParams ?? []), ...extra] } : meta;
}

function itemsOf(meta: OperationMeta & { readonly paging: NonNullable<OperationMeta['paging']> }, data: unknown): unknown[] {
  const list = meta.paging.style === 'cursor' ? (data as Record<string, unknown> | null)?.[meta.paging.items] : data;
  if (!Array.isArray(list)) throw new ImgurUsageError(`${meta.id}: a page is not a list, so it cannot be paged.`);
  return list;
}

/**
 * Pages through a list operation: `for await (const item of paginate(client, op, input))`
 * or `.pages()`. Page number in the path or in `page`/`perPage` query
 * parameters (`perPage` at most 100), or the block list's `next` cursor. Stops
 * on an empty page, a repeated cursor, `maxPages` or an aborted signal; holds
 * one page at a time. Only `PageableOperation`s are accepted.
 */
export function paginate<I, D, Item>(client: ImgurClient, op: PageableOperation<I, D, Item>, ...[input, options = {}]: PaginateArgs<I>): Paginator<D, Item> {
  const { paging } = op.meta;
  if (!paging) throw new ImgurUsageError(`${op.meta.id} is not pageable: it has no meta.paging.`);
  const meta = withQuery(op.meta, paging.style === 'path' ? [] : [paging.param, paging.style === 'query' ? paging.perPage : undefined]) as typeof op.meta;
  const base = { ...(input ?? {}) } as Record<string, unknown>;
  async function* pages(): AsyncGenerator<Page<D, Item>> {
    if (paging.style === 'query' && paging.perPage && Number(base[paging.perPage]) > (paging.maxPerPage ?? 100)) {
      throw new ImgurUsageError(`${meta.id}: ${paging.perPage} must be at most ${paging.maxPerPage ?? 100}.`);
    }
    let page = options.startPage ?? Number(base[paging.param] ?? meta.defaults?.[paging.param] ?? 0);
    let cursor = paging.style === 'cursor' ? (base[paging.param] as string | undefined) : undefined;
    const seen = new Set<string>();
    for (let n = 0; options.maxPages === undefined || n < options.maxPages; n++) {
      if (options.signal?.aborted) return;
      const value = paging.style === 'cursor' ? cursor : page;
      const call: CallOptions = options.signal ? { signal: options.signal } : {};
      const result = await new ImgurPromise(send(client, meta, { ...base, [paging.param]: value }, call) as Promise<ImgurResult<D>>).asResult();
      if (result.error instanceof ImgurAbortError && options.signal?.aborted) return;
      if (result.error) throw result.error;
      const items = itemsOf(meta, result.data) as Item[];
      if (items.length === 0) return;
      yield { items, data: result.data, page: value, response: result.response, rateLimit: result.rateLimit };
      if (paging.style !== 'cursor') {
        page += 1;
        continue;
      }
      const next = (result.data as Record<string, unknown>)[paging.next];
      if (cursor !== undefined) seen.add(cursor);
      if (next === null || next === undefined || next === '' || seen.has(String(next))) return;
      cursor = String(next);
    }
  }
  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const p of pages()) yield* p.items;
    },
  };
}
