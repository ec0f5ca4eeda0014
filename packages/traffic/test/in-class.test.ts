import { describe, expect, it } from 'vitest';
import { inClass } from '../src/in-class.js';

describe('inClass', () => {
  const ids = { name: 'ids', fields: ['id'], pattern: '^(id|.+_id)$', reason: 'ids' };

  it('takes the named fields and every field the pattern matches', () => {
    expect(['id', 'author_id', 'parent_id'].map((f) => inClass(ids, f))).toEqual([true, true, true]);
    expect(['ids', 'idle', '_id', 'width'].map((f) => inClass(ids, f))).toEqual([false, false, false, false]);
  });

  it('takes only the named fields without a pattern', () => {
    expect(inClass({ name: 'media', fields: ['mp4'], reason: 'links' }, 'mp4_size')).toBe(false);
  });
});
