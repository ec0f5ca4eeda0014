import { describe, expect, it } from 'vitest';
import { inferSchema, mergeSchemas } from '../../src/schema/schema-infer.js';
import type { JsonValue, SchemaObject } from '../../src/types.js';

describe('inferSchema', () => {
  const cases: [string, JsonValue, SchemaObject][] = [
    ['integer', 3, { type: 'integer' }],
    ['number', 3.5, { type: 'number' }],
    ['string', 'x', { type: 'string' }],
    ['boolean', true, { type: 'boolean' }],
    ['null', null, { type: 'null' }],
    ['empty array', [], { type: 'array', items: {} }],
    ['object', { a: 1, b: 'x' }, { type: 'object', properties: { a: { type: 'integer' }, b: { type: 'string' } } }],
    [
      'array of objects with different keys -> united properties',
      [{ id: 1 }, { id: 2, tag: 'c' }],
      { type: 'array', items: { type: 'object', properties: { id: { type: 'integer' }, tag: { type: 'string' } } } },
    ],
    ['mixed integer and number -> number', [1, 2.5], { type: 'array', items: { type: 'number' } }],
    ['mixed string and null -> type list', ['a', null], { type: 'array', items: { type: ['null', 'string'] } }],
  ];
  it.each(cases)('given %s -> schema', (_name, value, want) => {
    expect(inferSchema(value)).toEqual(want);
  });
});

describe('mergeSchemas', () => {
  it.each<[string, SchemaObject, SchemaObject, SchemaObject]>([
    ['same type', { type: 'string' }, { type: 'string' }, { type: 'string' }],
    ['unknown and known', {}, { type: 'string' }, { type: 'string' }],
    [
      'nested objects',
      { type: 'object', properties: { a: { type: 'integer' } } },
      { type: 'object', properties: { a: { type: 'number' }, b: { type: 'string' } } },
      { type: 'object', properties: { a: { type: 'number' }, b: { type: 'string' } } },
    ],
  ])('given %s -> merged', (_name, a, b, want) => {
    expect(mergeSchemas(a, b)).toEqual(want);
  });
});
