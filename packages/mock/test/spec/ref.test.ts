import { describe, expect, test } from 'vitest';
import { resolveRef } from '../../src/spec/ref.js';
import type { OpenApiDocument } from '../../src/types.js';

const doc: OpenApiDocument = {
  openapi: '3.1.0',
  paths: {},
  components: { schemas: { A: { $ref: '#/components/schemas/B' }, B: { type: 'string' }, 'a/b~c': { type: 'integer' }, Loop: { $ref: '#/components/schemas/Loop' } } },
};

describe('resolveRef', () => {
  const cases: [unknown, unknown][] = [
    [{ type: 'boolean' }, { type: 'boolean' }],
    [{ $ref: '#/components/schemas/B' }, { type: 'string' }],
    [{ $ref: '#/components/schemas/A' }, { type: 'string' }],
    [{ $ref: '#/components/schemas/a~1b~0c' }, { type: 'integer' }],
    [{ $ref: '#/components/schemas/Nope' }, undefined],
    [{ $ref: 'https://example.com/x.json' }, undefined],
    [{ $ref: '#/components/schemas/constructor' }, undefined],
    ['text', 'text'],
  ];
  test.each(cases)('%j', (given, want) => expect(resolveRef(doc, given)).toEqual(want));

  test('reference loops end', () => {
    expect(resolveRef(doc, { $ref: '#/components/schemas/Loop' })).toEqual({ $ref: '#/components/schemas/Loop' });
  });
});
