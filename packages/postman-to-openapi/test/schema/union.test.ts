import { describe, expect, it } from 'vitest';
import { mergeBodies, mergeResponses, unionSchema, unionSecurity } from '../../src/schema/union.js';

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
    [
      'objects -> properties united, required where both agree',
      { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] },
      { type: 'object', properties: { b: { type: 'string' } }, required: ['a', 'b'] },
      { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, required: ['a'] },
    ],
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

describe('mergeBodies / mergeResponses with media types named like Object members', () => {
  const media = (type: string) => ({ schema: { type } });
  it('given media types "constructor" and "__proto__" on both sides -> united as ordinary keys', () => {
    const a = {
      content: JSON.parse('{"constructor": {"schema": {"type": "string"}}, "__proto__": {"schema": {"type": "string"}}}') as Record<string, { schema: { type: string } }>,
    };
    const b = { content: { constructor: media('integer') } };
    const body = mergeBodies(a, b);
    expect(JSON.parse(JSON.stringify(body))).toEqual(
      JSON.parse('{"content": {"constructor": {"schema": {"oneOf": [{"type": "string"}, {"type": "integer"}]}}, "__proto__": {"schema": {"type": "string"}}}}'),
    );
    const responses = mergeResponses(
      { '200': { description: 'a', content: { toString: media('string') } } },
      { '200': { description: 'a', content: { toString: media('integer') } }, constructor: { description: 'c' } },
    );
    expect(JSON.parse(JSON.stringify(responses))).toEqual({
      '200': { description: 'a', content: { toString: { schema: { oneOf: [{ type: 'string' }, { type: 'integer' }] } } } },
      constructor: { description: 'c' },
    });
  });
});
