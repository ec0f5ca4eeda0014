import type { EtagCache, EtagCacheOptions, EtagEntry } from '../types/etag-cache.js';

/**
 * A bounded LRU for conditional GETs: evicts the least recently used entries
 * once `maxEntries` (default 500) or `maxBytes` (default 5 MB of body text,
 * counted as UTF-16 length) would be exceeded. Entries larger than `maxBytes` are not stored.
 */
export function createEtagCache(options: EtagCacheOptions = {}): EtagCache {
  const maxEntries = options.maxEntries ?? 500;
  const maxBytes = options.maxBytes ?? 5_000_000;
  const map = new Map<string, EtagEntry>();
  let bytes = 0;
  const sizeOf = (key: string, e: EtagEntry): number => key.length + e.etag.length + e.body.length;
  const remove = (key: string): void => {
    const old = map.get(key);
    if (old) {
      bytes -= sizeOf(key, old);
      map.delete(key);
    }
  };
  return {
    get(key) {
      const entry = map.get(key);
      if (entry) {
        map.delete(key);
        map.set(key, entry);
      }
      return entry;
    },
    set(key, entry) {
      remove(key);
      const size = sizeOf(key, entry);
      if (size > maxBytes || maxEntries < 1) return;
      map.set(key, entry);
      bytes += size;
      for (const oldest of map.keys()) {
        if (map.size <= maxEntries && bytes <= maxBytes) break;
        remove(oldest);
      }
    },
    get size() {
      return map.size;
    },
    get bytes() {
      return bytes;
    },
  };
}
