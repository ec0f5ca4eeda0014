import { describe, expect, it } from 'vitest';
import { fieldPresence } from '../src/field-presence.js';
import type { JsonObject } from '../src/types.js';

const spec: JsonObject = {
  components: {
    schemas: {
      Privacy: { type: 'string', enum: ['public', 'hidden'] },
      Base: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, title: { type: ['string', 'null'] } } },
    },
  },
};

describe('fieldPresence', () => {
  it.each([
    ['a required non-null field', { type: 'object', required: ['id'], properties: { id: { type: 'string' } } }, { optional: [], nullable: [] }],
    ['an optional nullable field', { type: 'object', properties: { t: { type: ['string', 'null'] } } }, { optional: ['t'], nullable: ['t'] }],
    ['a nullable reference', { type: 'object', properties: { p: { anyOf: [{ $ref: '#/components/schemas/Privacy' }, { type: 'null' }] } } }, { optional: ['p'], nullable: ['p'] }],
    ['a plain reference', { type: 'object', properties: { p: { $ref: '#/components/schemas/Privacy' } } }, { optional: ['p'], nullable: [] }],
    ['an untyped field (unknown, so null too)', { type: 'object', properties: { u: { description: 'unknown' } } }, { optional: ['u'], nullable: ['u'] }],
    [
      'fields inherited through allOf',
      { allOf: [{ $ref: '#/components/schemas/Base' }, { type: 'object', properties: { n: { type: 'integer' } } }] },
      { optional: ['title', 'n'], nullable: ['title'] },
    ],
  ])('%s', (_name, schema, want) => {
    expect(fieldPresence(spec, schema)).toEqual(want);
  });

  it('says nothing of unions, enums and scalars', () => {
    expect(fieldPresence(spec, { oneOf: [{ $ref: '#/components/schemas/Base' }] })).toBeUndefined();
    expect(fieldPresence(spec, { $ref: '#/components/schemas/Privacy' })).toBeUndefined();
  });
});
