import { describe, expect, it } from 'vitest';
import { createEtagCache } from '../../src/cache/etag-cache.js';

const entry = (body: string) => ({ etag: '"e"', body });

describe('createEtagCache', () => {
  it('evicts the least recently used entry beyond maxEntries', () => {
    const cache = createEtagCache({ maxEntries: 2 });
    cache.set('a', entry('1'));
    cache.set('b', entry('2'));
    expect(cache.get('a')?.body).toBe('1');
    cache.set('c', entry('3'));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.body).toBe('1');
    expect(cache.size).toBe(2);
  });

  it('evicts by bytes and skips entries larger than maxBytes', () => {
    const cache = createEtagCache({ maxBytes: 20 });
    cache.set('k1', entry('x'.repeat(10)));
    expect(cache.bytes).toBe(15);
    cache.set('k2', entry('y'.repeat(10)));
    expect(cache.get('k1')).toBeUndefined();
    expect(cache.bytes).toBe(15);
    cache.set('k3', entry('z'.repeat(100)));
    expect(cache.get('k3')).toBeUndefined();
    expect(cache.size).toBe(1);
  });

  it('replaces an entry under the same key and keeps counts right; maxEntries 0 stores nothing', () => {
    const cache = createEtagCache();
    cache.set('k', entry('aaaa'));
    cache.set('k', entry('b'));
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(1 + 3 + 1);
    const none = createEtagCache({ maxEntries: 0 });
    none.set('k', entry('a'));
    expect(none.size).toBe(0);
  });
});
