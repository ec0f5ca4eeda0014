import { describe, expect, it } from 'vitest';
import { unionSchema, unionSecurities } from '../../src/schema/union.js';

describe('unionSecurities', () => {
  it.each<[string, object[], object[], object[]]>([
    ['both the same', [{ A: [] }], [{ A: [] }], [{ A: [] }]],
    ['Client-ID and OAuth2 -> both', [{ ClientId: [] }], [{ OAuth2: [] }], [{ ClientId: [] }, { OAuth2: [] }]],
    ['auth and no auth -> auth optional', [{ A: [] }], [], [{ A: [] }, {}]],
    ['no auth twice -> none', [], [], []],
  ])('given %s', (_name, a, b, want) => {
    expect(unionSecurities([a, b] as never)).toEqual(want);
  });

  it.each<[string, object[][], object[]]>([
    ['three requests, one without auth -> each alternative once, auth optional', [[{ B: [] }], [], [{ A: [] }, { B: [] }]], [{ A: [] }, { B: [] }, {}]],
    ['three requests without auth -> none', [[], [], []], []],
    ['alternatives of several schemes -> kept whole, sorted as JSON', [[{ B: [], A: [] }], [{ A: [] }]], [{ A: [] }, { B: [], A: [] }]],
  ])('given %s', (_name, lists, want) => {
    expect(unionSecurities(lists as never)).toEqual(want);
  });
});

describe('unionSchema', () => {
  it.each<[string, object, object, object]>([
    ['equal -> kept', { type: 'string' }, { type: 'string' }, { type: 'string' }],
    [
      'objects -> properties united, required where both agree',
      { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] },
      { type: 'object', properties: { b: { type: 'string' } }, required: ['a', 'b'] },
      { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, required: ['a'] },
    ],
    ['different refs -> anyOf', { $ref: '#/A' }, { $ref: '#/B' }, { anyOf: [{ $ref: '#/A' }, { $ref: '#/B' }] }],
    ['anyOf plus a member -> no duplicate', { anyOf: [{ $ref: '#/A' }, { $ref: '#/B' }] }, { $ref: '#/A' }, { anyOf: [{ $ref: '#/A' }, { $ref: '#/B' }] }],
  ])('given %s', (_name, a, b, want) => {
    expect(unionSchema(a as never, b as never)).toEqual(want);
  });
});
