import pm from 'postman-collection';
import { describe, expect, it } from 'vitest';
import { pathParameters, rowParameters } from '../../src/request/params.js';

const { Header, QueryParam, VariableList } = pm;

describe('pathParameters', () => {
  it('every template name -> a required string path parameter; url.variable descriptions kept, values never', () => {
    const vars = new VariableList(undefined as never, [{ key: 'id', value: 'SECRET', description: 'The id' }] as never);
    expect(pathParameters(['id', 'page'], vars)).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'The id' },
      { name: 'page', in: 'path', required: true, schema: { type: 'string' } },
    ]);
  });
});

describe('rowParameters', () => {
  it.each<[string, { key: string | null; value?: string | null; disabled?: boolean }[], 'query' | 'header', object[]]>([
    [
      'enabled query with a literal value -> example',
      [{ key: 'q', value: 'cats' }],
      'query',
      [{ name: 'q', in: 'query', required: false, schema: { type: 'string' }, example: 'cats' }],
    ],
    ['variable value -> no example', [{ key: 'showViral', value: '{{showViral}}' }], 'query', [{ name: 'showViral', in: 'query', required: false, schema: { type: 'string' } }]],
    [
      'disabled query -> optional, marked',
      [{ key: 'mature', value: 'true', disabled: true }],
      'query',
      [{ name: 'mature', in: 'query', required: false, schema: { type: 'string' }, example: 'true', 'x-postman-disabled': true }],
    ],
    ['row without key -> dropped', [{ key: null, value: 'x' }], 'query', []],
    [
      'repeated query key -> array',
      [
        { key: 'id', value: '1' },
        { key: 'id', value: '2' },
      ],
      'query',
      [{ name: 'id', in: 'query', required: false, schema: { type: 'array', items: { type: 'string' } }, example: ['1', '2'] }],
    ],
    [
      'repeated query key with a variable value -> array without example',
      [
        { key: 'id', value: '1' },
        { key: 'id', value: '{{id}}' },
      ],
      'query',
      [{ name: 'id', in: 'query', required: false, schema: { type: 'array', items: { type: 'string' } } }],
    ],
    [
      'Authorization, Content-Type and Accept headers are skipped',
      [
        { key: 'Authorization', value: 'x' },
        { key: 'content-type', value: 'a/b' },
        { key: 'Accept', value: 'a/b' },
      ],
      'header',
      [],
    ],
    [
      'other headers -> header parameters',
      [{ key: 'X-Trace', value: 't' }],
      'header',
      [{ name: 'X-Trace', in: 'header', required: false, schema: { type: 'string' }, example: 't' }],
    ],
  ])('given %s', (_name, rows, where, want) => {
    const list = rows.map((r) => (where === 'query' ? new QueryParam(r as never) : new Header(r as never)));
    expect(rowParameters(list, where)).toEqual(want);
  });

  it('skips headers that an apiKey scheme already describes', () => {
    expect(rowParameters([new Header({ key: 'X-API-Key', value: 'k' })], 'header', new Set(['x-api-key']))).toEqual([]);
  });
});
