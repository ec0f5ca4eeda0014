import { describe, expect, it } from 'vitest';
import { mergeBodies, mergeResponses, unionSchema, unionSecurity } from '../src/union.js';

describe('unionSecurity', () => {
  it.each<[string, object[], object[], object[]]>([
    ['both the same', [{ A: [] }], [{ A: [] }], [{ A: [] }]],
    ['Client-ID and OAuth2 -> both', [{ ClientId: [] }], [{ OAuth2: [] }], [{ ClientId: [] }, { OAuth2: [] }]],
    ['auth and no auth -> auth optional', [{ A: [] }], [], [{ A: [] }, {}]],
    ['no auth twice -> none', [], [], []],
  ])('given %s', (_name, a, b, want) => {
    expect(unionSecurity(a as never, b as never)).toEqual(want);
  });
});

describe('unionSchema', () => {
  it.each<[string, object, object, object]>([
    ['equal -> kept', { type: 'string' }, { type: 'string' }, { type: 'string' }],
    ['objects -> properties united, required where both agree', { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] },
      { type: 'object', properties: { b: { type: 'string' } }, required: ['a', 'b'] }, { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, required: ['a'] }],
    ['different refs -> oneOf', { $ref: '#/A' }, { $ref: '#/B' }, { oneOf: [{ $ref: '#/A' }, { $ref: '#/B' }] }],
    ['oneOf plus a member -> no duplicate', { oneOf: [{ $ref: '#/A' }, { $ref: '#/B' }] }, { $ref: '#/A' }, { oneOf: [{ $ref: '#/A' }, { $ref: '#/B' }] }],
  ])('given %s', (_name, a, b, want) => {
    expect(unionSchema(a as never, b as never)).toEqual(want);
  });
});

describe('mergeBodies / mergeResponses', () => {
  it('a body on one side only is kept; media types are united', () => {
    const json = { content: { 'application/json': { schema: { type: 'string' } } } };
    const form = { content: { 'multipart/form-data': { schema: { type: 'object' } } } };
    expect(mergeBodies(undefined, json)).toBe(json);
    expect(Object.keys(mergeBodies(json, form)?.content ?? {})).toEqual(['application/json', 'multipart/form-data']);
  });

  it('descriptions of one status are joined; a 2xx drops the default', () => {
    const got = mergeResponses({ default: { description: 'none' } }, { '200': { description: 'ok' } });
    expect(got).toEqual({ '200': { description: 'ok' } });
    expect(mergeResponses({ '200': { description: 'a' } }, { '200': { description: 'b' } })).toEqual({ '200': { description: 'a; b' } });
  });
});
