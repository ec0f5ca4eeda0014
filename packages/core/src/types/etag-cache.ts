/** Bounds of the built-in ETag cache. */
export interface EtagCacheOptions {
  readonly maxEntries?: number;
  readonly maxBytes?: number;
}

/** A cached GET response body. */
export interface EtagEntry {
  readonly etag: string;
  readonly body: string;
}

/** The ETag cache interface; `createEtagCache` returns a bounded LRU implementation. */
export interface EtagCache {
  /** The entry stored under `key` (and marks it most recently used), or `undefined`. */
  get(key: string): EtagEntry | undefined;
  /** Stores an entry, evicting least recently used ones past the entry and byte bounds. */
  set(key: string, entry: EtagEntry): void;
  readonly size: number;
  readonly bytes: number;
}
