import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { collectionOf } from '../support/collection.js';
import { schemaErrors } from '../support/json-schema.js';

const TABLE = [
  'Search',
  '',
  '| Key | Required | Description |',
  '|---|---|---|',
  '| count | optional | integer count. Defaults to `ten` |',
  '| flag | optional | `true` or `false`. Defaults to `maybe` |',
  '| sort | optional | `asc` \\| `desc`. Defaults to `newest` |',
  '| page | optional | integer page. Defaults to `2` |',
  '| on | optional | `true` or `false`. Defaults to `true` |',
].join('\n');

describe('a description table default that its schema does not accept', () => {
  it('is left out with a table-conflict warning, and none is made up', () => {
    const { document, warnings } = convert(collectionOf([{ name: 'Search', request: { method: 'GET', url: 'https://a.io/search?count=3', description: TABLE } }]));
    const params = document.paths['/search']?.get?.parameters ?? [];
    const schema = (name: string) => params.find((p) => 'name' in p && p.name === name)?.schema;
    for (const name of ['count', 'flag', 'sort']) expect(schema(name)?.default, name).toBeUndefined();
    expect(schema('page')?.default).toBe(2);
    expect(schema('on')?.default).toBe(true);
    for (const p of params) if ('schema' in p && p.schema.default !== undefined) expect(schemaErrors(p.schema, p.schema.default)).toEqual([]);
    const conflicts = warnings.filter((w) => w.code === 'table-conflict').map((w) => w.message);
    expect(conflicts).toHaveLength(3);
    for (const [key, value] of [
      ['count', 'ten'],
      ['flag', 'maybe'],
      ['sort', 'newest'],
    ])
      expect(conflicts.some((m) => m.includes(`key "${key}"`) && m.includes(`\`${value}\``))).toBe(true);
  });

  it('on a form field is left out too', () => {
    const description = '| Key | Required | Description |\n|---|---|---|\n| n | optional | integer. Defaults to `many` |';
    const { document, warnings } = convert(
      collectionOf([{ name: 'Form', request: { method: 'POST', url: 'https://a.io/f', description, body: { mode: 'urlencoded', urlencoded: [{ key: 'n', value: '1' }] } } }]),
    );
    const field = document.paths['/f']?.post?.requestBody?.content['application/x-www-form-urlencoded']?.schema?.properties?.n;
    expect(field?.type).toBe('integer');
    expect(field?.default).toBeUndefined();
    expect(warnings.some((w) => w.code === 'table-conflict' && w.message.includes('`many`'))).toBe(true);
  });
});
