import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { collectionOf } from '../support/collection.js';
import { schemaErrors } from '../support/json-schema.js';

const twice = (key: string) => `| Key | Required | Description |\n|---|---|---|\n| ${key} | required | the ${key} |\n| ${key} | optional | Defaults to \`x\` |`;

describe('a table listing the same key twice', () => {
  it('gives one query parameter: the first row wins, the later one adds its default and text, with a table-conflict naming the key', () => {
    const { document, warnings } = convert(collectionOf([{ name: 'A', request: { method: 'GET', url: 'https://a.io/u?name=alice&age=3', description: twice('name') } }]));
    const params = document.paths['/u']?.get?.parameters ?? [];
    const named = params.filter((p) => 'name' in p && p.name === 'name' && p.in === 'query');
    expect(named).toHaveLength(1);
    expect(named[0]).toMatchObject({ required: true, schema: { type: 'string', default: 'x' } });
    expect(named[0] && 'description' in named[0] ? named[0].description : '').toBe('the name. Defaults to `x`');
    expect(warnings.map((w) => w.code)).not.toContain('param-added');
    const conflict = warnings.filter((w) => w.code === 'table-conflict');
    expect(conflict).toHaveLength(1);
    expect(conflict[0]?.message).toContain('key "name"');
  });

  it('keeps a form field sent twice as its list of values, and the example of both rows', () => {
    const { document, warnings } = convert(
      collectionOf([
        {
          name: 'A',
          request: {
            method: 'POST',
            url: 'https://a.io/u',
            description: twice('tags'),
            body: {
              mode: 'formdata',
              formdata: [
                { key: 'tags', value: 'a', type: 'text' },
                { key: 'tags', value: 'b', type: 'text' },
              ],
            },
          },
        },
      ]),
    );
    const media = document.paths['/u']?.post?.requestBody?.content['multipart/form-data'];
    expect(media?.example).toEqual({ tags: ['a', 'b'] });
    expect(media?.schema?.properties?.tags?.type).toBe('array');
    expect(schemaErrors(media?.schema, media?.example)).toEqual([]);
    expect(warnings.map((w) => w.code)).not.toContain('param-added');
    expect(warnings.filter((w) => w.code === 'table-conflict').map((w) => w.message.includes('key "tags"'))).toEqual([true]);
  });

  it('a urlencoded field keeps the first row’s text too, with the later one’s added', () => {
    const { document } = convert(
      collectionOf([
        {
          name: 'A',
          request: { method: 'POST', url: 'https://a.io/u', description: twice('q'), body: { mode: 'urlencoded', urlencoded: [{ key: 'q', value: 'z' }] } },
        },
      ]),
    );
    const media = document.paths['/u']?.post?.requestBody?.content['application/x-www-form-urlencoded'];
    expect(media?.schema?.properties?.q?.description).toBe('the q. Defaults to `x`');
    expect(media?.schema?.required).toEqual(['q']);
    expect(schemaErrors(media?.schema, media?.example)).toEqual([]);
  });

  it('a key in two tables, for a query parameter and a body field of that name, still describes each', () => {
    const description = [
      '### Query',
      '',
      '| Key | Required | Description |',
      '|---|---|---|',
      '| id | required | query id, integer |',
      '',
      '### Body',
      '',
      '| Key | Required | Description |',
      '|---|---|---|',
      '| id | optional | body id. One of `x`, `y` |',
    ].join('\n');
    const { document, warnings } = convert(
      collectionOf([{ name: 'A', request: { method: 'POST', url: 'https://a.io/u?id=1', description, body: { mode: 'urlencoded', urlencoded: [{ key: 'id', value: 'x' }] } } }]),
    );
    const operation = document.paths['/u']?.post;
    const query = (operation?.parameters ?? []).filter((p) => 'name' in p && p.name === 'id');
    expect(query).toHaveLength(1);
    expect(query[0]).toMatchObject({ description: 'query id, integer', schema: { type: 'integer' } });
    const media = operation?.requestBody?.content['application/x-www-form-urlencoded'];
    expect(media?.schema?.properties?.id).toMatchObject({ description: 'body id. One of `x`, `y`', enum: ['x', 'y'] });
    expect(warnings.map((w) => w.code)).not.toContain('table-conflict');
  });
});
