import { describe, expect, it } from 'vitest';
import { schemaToTs, type TypeContext } from '../../src/resource/schema-to-ts.js';
import type { JsonValue } from '../../src/types.js';

const spec = { openapi: '3.1.0', components: { schemas: { Image: { type: 'object' }, 'Odd name': { type: 'string' } }, parameters: { P: { type: 'integer' } } } };
const ctx = (): TypeContext => ({
  spec,
  models: new Map([
    ['Image', 'Image'],
    ['Odd name', 'OddName'],
  ]),
  used: new Set(),
  binaryType: 'UploadSource',
});

describe('schemaToTs', () => {
  it.each<[JsonValue | undefined, string]>([
    [{ type: 'string' }, 'string'],
    [{ type: 'integer' }, 'number'],
    [{ type: ['string', 'null'] }, 'string | null'],
    [{ type: 'string', format: 'binary' }, 'UploadSource'],
    [{ type: 'string', enum: ['a', 'b"'] }, '"a" | "b\\""'],
    [{ type: 'integer', enum: [1, 2] }, '1 | 2'],
    [{ const: true }, 'true'],
    [{ $ref: '#/components/schemas/Image' }, 'Image'],
    [{ $ref: '#/components/schemas/Odd name' }, 'OddName'],
    [{ type: 'array', items: { $ref: '#/components/schemas/Image' } }, 'Image[]'],
    [{ type: 'array', items: { oneOf: [{ type: 'string' }, { type: 'integer' }] } }, '(string | number)[]'],
    [{ oneOf: [{ $ref: '#/components/schemas/Image' }, { type: 'null' }] }, 'Image | null'],
    [{ allOf: [{ $ref: '#/components/schemas/Image' }, { type: 'object', properties: { x: { type: 'string' } } }] }, 'Image & {\n  x?: string;\n}'],
    [{ type: 'object', required: ['a'], properties: { a: { type: 'string' }, 'b-c': { type: 'boolean' } } }, '{\n  a: string;\n  "b-c"?: boolean;\n}'],
    [{ type: 'object', additionalProperties: { type: 'integer' } }, '{\n  [key: string]: number | undefined;\n}'],
    [{ type: 'object' }, '{\n  [key: string]: unknown;\n}'],
    [{}, 'unknown'],
    [undefined, 'unknown'],
    [{ $ref: '#/components/parameters/P' }, 'number'],
  ])('%j -> %s', (given, want) => {
    expect(schemaToTs(given, ctx())).toBe(want);
  });

  it('records the models and binary type it used', () => {
    const c = ctx();
    schemaToTs({ type: 'array', items: { oneOf: [{ $ref: '#/components/schemas/Image' }, { type: 'string', format: 'binary' }] } }, c);
    expect([...c.used].sort()).toEqual(['Image', 'UploadSource']);
  });

  it.each([
    [{ $ref: '#/components/schemas/Nope' }, /unresolved \$ref|unknown component schema/],
    [{ $ref: 'https://x.test/s.json' }, /only local \$refs/],
  ])('rejects %j', (given, want) => {
    expect(() => schemaToTs(given, ctx())).toThrow(want);
  });
});
