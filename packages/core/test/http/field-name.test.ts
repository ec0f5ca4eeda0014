import { describe, expect, it } from 'vitest';
import { fieldName, forEachField } from '../../src/http/field-name.js';

describe('field-name', () => {
  it('splits FieldName', () => {
    expect(fieldName('title')).toEqual({ key: 'title', wire: 'title' });
    expect(fieldName(['ids', 'ids[]'])).toEqual({ key: 'ids', wire: 'ids[]' });
  });

  it('forEachField skips null/undefined and repeats arrays', () => {
    const seen: [string, unknown, string][] = [];
    forEachField(['a', ['b', 'B[]'], 'c', 'd'], { a: 1, b: ['x', 'y'], c: null }, (w, v, k) => seen.push([w, v, k]));
    expect(seen).toEqual([
      ['a', 1, 'a'],
      ['B[]', 'x', 'b'],
      ['B[]', 'y', 'b'],
    ]);
    forEachField(undefined, { a: 1 }, () => seen.push(['never', 0, '']));
    expect(seen).toHaveLength(3);
  });
});
