import { describe, expect, it } from 'vitest';
import { allowsDigitString, allowsNull, strictSchema, widenSchema } from '../src/schema-nullability.js';

const DIGITS = '^-?[0-9]+$';

describe('property schema nullability and digit strings', () => {
  it.each([
    [{ type: 'string' }, false],
    [{ type: ['string', 'null'] }, true],
    [{ anyOf: [{ $ref: '#/x' }, { type: 'null' }] }, true],
    [{ $ref: '#/x' }, false],
    [{ description: 'untyped' }, true],
  ])('allowsNull(%j) = %s', (schema, want) => expect(allowsNull(schema)).toBe(want));

  it.each([
    [{ type: 'integer' }, false],
    [{ type: ['integer', 'string'], pattern: DIGITS }, true],
    [{ oneOf: [{ type: 'integer' }, { type: 'string' }] }, true],
    [{ $ref: '#/x' }, false],
  ])('allowsDigitString(%j) = %s', (schema, want) => expect(allowsDigitString(schema)).toBe(want));

  it.each([
    [{ type: 'integer' }, true, true, { type: ['integer', 'string', 'null'], pattern: DIGITS }],
    [{ type: ['integer', 'null'] }, true, true, { type: ['integer', 'string', 'null'], pattern: DIGITS }],
    [{ type: 'string', description: 'd' }, true, true, { type: ['string', 'null'], description: 'd' }],
    [{ $ref: '#/x' }, true, false, { anyOf: [{ $ref: '#/x' }, { type: 'null' }] }],
    [{ type: 'boolean' }, false, false, { type: 'boolean' }],
  ])('widenSchema(%j, nullable %s, digits %s)', (schema, nullable, digits, want) => expect(widenSchema(schema, nullable, digits)).toEqual(want));

  it.each([
    [{ type: ['integer', 'string', 'null'], pattern: DIGITS }, { type: 'integer' }],
    [{ type: ['string', 'null'] }, { type: 'string' }],
    [{ anyOf: [{ $ref: '#/x' }, { type: 'null' }] }, { $ref: '#/x' }],
    [{ type: 'null', description: 'd' }, { description: 'd' }],
  ])('strictSchema(%j) undoes the widening', (schema, want) => expect(strictSchema(schema)).toEqual(want));
});
