import { describe, expect, it } from 'vitest';
import { inferSchema } from '../../src/schema/schema-infer.js';
import { unionSchemas } from '../../src/schema/union-all.js';
import type { JsonValue } from '../../src/types.js';
import { schemaErrors } from '../support/json-schema.js';

describe('unionSchemas', () => {
  it.each<[string, object[], object]>([
    ['nothing -> {}', [], {}],
    ['{} adds nothing', [{}, { type: 'string' }], { type: 'string' }],
    ['integer and number -> number', [{ type: 'integer' }, { type: 'number' }], { type: 'number' }],
    ['string and null -> type list', [{ type: 'string' }, { type: 'null' }], { type: ['null', 'string'] }],
    [
      'object and string -> anyOf, each branch kept whole',
      [{ type: 'object', properties: { a: { type: 'string' } } }, { type: 'string' }],
      { anyOf: [{ type: 'object', properties: { a: { type: 'string' } } }, { type: 'string' }] },
    ],
    [
      'arrays -> one array of united items',
      [
        { type: 'array', items: { type: 'integer' } },
        { type: 'array', items: { type: 'string' } },
      ],
      { type: 'array', items: { type: ['integer', 'string'] } },
    ],
    [
      'nested objects unite property by property',
      [
        { type: 'object', properties: { p: { type: 'object', properties: { x: { type: 'integer' } } } } },
        { type: 'object', properties: { p: { type: 'object', properties: { y: { type: 'boolean' } } } } },
      ],
      { type: 'object', properties: { p: { type: 'object', properties: { x: { type: 'integer' }, y: { type: 'boolean' } } } } },
    ],
  ])('given %s', (_name, list, want) => {
    expect(JSON.parse(JSON.stringify(unionSchemas(list as never)))).toEqual(want);
  });

  it('accepts every example its schemas were inferred from (JSON-RPC calls with different params)', () => {
    const examples: JsonValue[] = [
      { jsonrpc: '2.0', id: 1, method: 'a', params: [1, 'x'] },
      { jsonrpc: '2.0', id: 'two', method: 'b', params: { k: true } },
      { jsonrpc: '2.0', method: 'c' },
      [{ batch: 1 }],
      'text',
      3.5,
      null,
    ];
    const schema = unionSchemas(examples.map(inferSchema));
    for (const example of examples) expect(schemaErrors(schema, example)).toEqual([]);
  });

  it('time is linear: 5 000 objects with distinct keys unite in well under a second of work', () => {
    const list = Array.from({ length: 5_000 }, (_v, i) => inferSchema({ [`k${i}`]: i, common: { [`n${i % 50}`]: [i] } }));
    const start = process.cpuUsage();
    const schema = unionSchemas(list);
    const used = process.cpuUsage(start);
    expect(Object.keys(schema.properties ?? {})).toHaveLength(5_001);
    expect((used.user + used.system) / 1000).toBeLessThan(5000);
  });
});
