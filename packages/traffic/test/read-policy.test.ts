import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../src/index.js';

const base = { legacyBefore: 2018, conditional: [], siblings: [], identity: {}, discriminators: {}, nullClasses: [] };

describe('parsePolicy', () => {
  it('keeps a class pattern', () => {
    const p = parsePolicy({ ...base, numericStringClasses: [{ name: 'ids', fields: ['id'], pattern: '_id$', reason: 'ids' }] }, 'policy.json');
    expect(p.numericStringClasses[0]!.pattern).toBe('_id$');
  });

  it('keeps an empty-string pattern of a numeric-string class and refuses one elsewhere', () => {
    const ids = { name: 'ids', fields: ['id'], pattern: '_id$', emptyPattern: '^.+_id$', reason: 'ids' };
    expect(parsePolicy({ ...base, numericStringClasses: [ids] }, 'policy.json').numericStringClasses[0]!.emptyPattern).toBe('^.+_id$');
    expect(() => parsePolicy({ ...base, nullClasses: [ids] }, 'policy.json')).toThrow(
      'policy.json#/nullClasses/0/emptyPattern: expected a regular expression over field names, in a numeric-string class',
    );
  });

  it('names the member of a pattern that is not a regular expression', () => {
    expect(() => parsePolicy({ ...base, numericStringClasses: [{ name: 'ids', fields: [], pattern: '(', reason: 'ids' }] }, 'policy.json')).toThrow(
      'policy.json#/numericStringClasses/0/pattern: expected a regular expression over field names',
    );
    expect(() => parsePolicy({ ...base, numericStringClasses: [{ name: 'ids', fields: [], pattern: 3, reason: 'ids' }] }, 'policy.json')).toThrow(
      /numericStringClasses\/0\/pattern/,
    );
  });
});
