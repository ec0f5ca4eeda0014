import { describe, expect, it } from 'vitest';
import { schemaLabel } from '../../src/diff/schema-label.js';

const DOC = { components: { schemas: { Image: { type: 'object' } }, other: { Str: { type: 'string' } } } };

describe('schemaLabel', () => {
  it.each([
    [{ type: 'string' }, 'string'],
    [{ type: 'string', format: 'binary' }, 'string(binary)'],
    [{ type: ['string', 'null'] }, 'string | null'],
    [{ type: ['null', 'integer'] }, 'integer | null'],
    [{ type: 'string', nullable: true }, 'string | null'],
    [{ type: 'string', enum: ['a'] }, 'string enum'],
    [{ enum: [1, 2] }, 'integer enum'],
    [{ $ref: '#/components/schemas/Image' }, 'Image'],
    [{ $ref: '#/components/other/Str' }, 'string'],
    [{ type: 'array', items: { $ref: '#/components/schemas/Image' } }, 'Image[]'],
    [{ type: 'array', items: { type: ['string', 'null'] } }, '(string | null)[]'],
    [{ items: { type: 'integer' } }, 'integer[]'],
    [{ properties: { a: {} } }, 'object'],
    [{ type: 'object', additionalProperties: { type: 'integer' } }, 'Record<string, integer>'],
    [{ oneOf: [{ type: 'string' }, { $ref: '#/components/schemas/Image' }] }, 'Image | string'],
    [{ oneOf: [{ $ref: '#/components/schemas/Image' }, { type: 'string' }] }, 'Image | string'],
    [{ allOf: [{ $ref: '#/components/schemas/Image' }, { type: 'object' }] }, 'Image & object'],
    [{}, 'any'],
    [true, 'any'],
    [false, 'never'],
  ])('%j → %s', (schema, want) => {
    expect(schemaLabel(DOC, schema)).toBe(want);
  });

  it('ends on self-referencing non-model refs', () => {
    const doc = { x: { $ref: '#/x' } };
    expect(schemaLabel(doc, { $ref: '#/x' })).toBe('…');
  });
});
