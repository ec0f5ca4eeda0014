import { describe, expect, it } from 'vitest';
import { resolveRef, schemaRefName } from '../../src/resource/resolve.js';

const spec = { components: { schemas: { A: { type: 'string' }, 'a/b~c': { type: 'integer' }, B: { $ref: '#/components/schemas/A' }, L: { $ref: '#/components/schemas/L' } } } };

describe('resolve', () => {
  it.each([
    [{ $ref: '#/components/schemas/A' }, { type: 'string' }],
    [{ $ref: '#/components/schemas/B' }, { type: 'string' }],
    [{ $ref: '#/components/schemas/a~1b~0c' }, { type: 'integer' }],
    [{ type: 'boolean' }, { type: 'boolean' }],
    [[1], undefined],
    [undefined, undefined],
  ])('resolveRef(%j) = %j', (given, want) => {
    expect(resolveRef(spec, given)).toEqual(want);
  });

  it.each([
    [{ $ref: '#/components/schemas/L' }, 'circular $ref #/components/schemas/L'],
    [{ $ref: '#/components/schemas/Z' }, 'unresolved $ref #/components/schemas/Z'],
    [{ $ref: 'other.json#/A' }, 'only local $refs are supported, got other.json#/A'],
  ])('resolveRef(%j) throws %j', (given, want) => {
    expect(() => resolveRef(spec, given)).toThrow(want);
  });

  it.each([
    [{ $ref: '#/components/schemas/A' }, 'A'],
    [{ $ref: '#/components/schemas/a~1b~0c' }, 'a/b~c'],
    [{ $ref: '#/components/responses/A' }, undefined],
    [{ type: 'string' }, undefined],
  ])('schemaRefName(%j) = %j', (given, want) => {
    expect(schemaRefName(given)).toBe(want);
  });
});
