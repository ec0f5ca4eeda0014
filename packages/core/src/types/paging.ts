import type { RateLimitInfo } from './rate-limit-info.js';

/** Options of `paginate`. */
export interface PaginateOptions {
  /** First page number (path/query paging); default: the input's page, else 0. */
  readonly startPage?: number;
  /** Stop after this many pages. */
  readonly maxPages?: number;
  readonly signal?: AbortSignal;
}

/** One page yielded by `paginate(...).pages()`. */
export interface Page<D, Item> {
  readonly items: readonly Item[];
  readonly data: D;
  /** Page number (path/query paging) or the cursor sent (cursor paging; `undefined` first). */
  readonly page: number | string | undefined;
  readonly response: Response;
  readonly rateLimit: RateLimitInfo;
}

/** Async iterator over items, plus `.pages()` over whole pages. */
export interface Paginator<D, Item> extends AsyncIterable<Item> {
  /** Iterates whole pages (items, raw data, page number or cursor, response and rate limits), one in memory at a time. */
  pages(): AsyncIterable<Page<D, Item>>;
}
