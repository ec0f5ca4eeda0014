import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { fitToSent } from '../../src/request/table-values.js';
import { collectionOf } from '../support/collection.js';
import { schemaErrors } from '../support/json-schema.js';

const table = (...lines: string[]) => ['| Key | Required | Description |', '|---|---|---|', ...lines].join('\n');

describe('description tables never contradict the values the collection sends', () => {
  it('a JSON body value outside the documented enum or type drops that constraint, reported by field', () => {
    const { document, warnings } = convert(
      collectionOf([
        {
          name: 'Set mode',
          request: {
            method: 'POST',
            url: 'https://a.io/j',
            description: `Sets the mode.\n\n${table('| mode | optional | `fast` or `slow`. Defaults to `fast` |', '| count | optional | number of items |', '| size | optional | number |')}`,
            body: { mode: 'raw', raw: '{"mode":"turbo","count":"all","size":3}', options: { raw: { language: 'json' } } },
          },
        },
      ]),
    );
    const media = document.paths['/j']?.post?.requestBody?.content['application/json'];
    expect(schemaErrors(media?.schema, media?.example)).toEqual([]);
    expect(media?.schema?.properties?.mode).toMatchObject({ type: 'string', default: 'fast' });
    expect(media?.schema?.properties?.mode?.enum).toBeUndefined();
    expect(media?.schema?.properties?.count?.type).toBe('string');
    expect(media?.schema?.properties?.size?.type).toBe('integer');
    const notes = warnings.filter((w) => w.code === 'table-conflict').map((w) => w.message);
    expect(notes).toEqual([
      'table "Parameters" key "count" says integer, but the request body sends "all" for field "count"; typed as the collection sends it',
      'table "Parameters" key "mode" allows `fast`, `slow`, but the request body sends "turbo" for field "mode"; the allowed values are kept in the description only',
    ]);
  });

  it('a query value outside the documented enum or type keeps its example and drops the constraint', () => {
    const { document, warnings } = convert(
      collectionOf([
        {
          name: 'List',
          request: {
            method: 'GET',
            url: 'https://a.io/q?sort=newest&page=last&per=5',
            description: table('| sort | optional | `asc` \\| `desc` |', '| page | optional | page |', '| per | optional | integer |'),
          },
        },
      ]),
    );
    const params = document.paths['/q']?.get?.parameters ?? [];
    const sort = params.find((p) => p.name === 'sort');
    const page = params.find((p) => p.name === 'page');
    expect(sort?.schema).toEqual({ type: 'string' });
    expect(sort?.example).toBe('newest');
    expect(page?.schema).toEqual({ type: 'string' });
    expect(page?.example).toBe('last');
    expect(params.find((p) => p.name === 'per')?.schema).toEqual({ type: 'integer' });
    expect(warnings.filter((w) => w.code === 'table-conflict')).toHaveLength(2);
  });

  it('a table key matching nothing in a request without a form body is an optional query parameter, even when the table says required', () => {
    const { document } = convert(collectionOf([{ name: 'G', request: { method: 'GET', url: 'https://a.io/g', description: table('| q | required | the query |') } }]));
    expect(document.paths['/g']?.get?.parameters?.[0]).toMatchObject({ name: 'q', in: 'query', required: false });
  });

  it('a required field the form body lacks is not required, and the form is kept as its example when merged', () => {
    const upload = (name: string, title: string, description?: string) => ({
      name,
      request: { method: 'POST', url: 'https://a.io/img', description, body: { mode: 'formdata', formdata: [{ key: 'title', value: title }] } },
    });
    const { document, warnings } = convert(collectionOf([upload('Upload', 'x', table('| image | required | The image |')), upload('Upload by URL', 'y')]));
    const media = document.paths['/img']?.post?.requestBody?.content['multipart/form-data'];
    expect(media?.examples?.upload?.value).toEqual({ title: 'x' });
    expect(media?.examples?.uploadByUrl?.value).toEqual({ title: 'y' });
    for (const example of Object.values(media?.examples ?? {})) expect(schemaErrors(media?.schema, example.value)).toEqual([]);
    expect(warnings.find((w) => w.code === 'table-conflict')?.message).toBe(
      'table "Parameters" key "image" says required, but the request body does not send field "image"; left optional',
    );
    expect(warnings.find((w) => w.code === 'merged')?.message).toContain('"uploadByUrl"');
  });
});

describe('a table row on an array types its items', () => {
  it('a form key sent twice: the allowed values go on the items', () => {
    const { document, warnings } = convert(
      collectionOf([
        {
          name: 'A',
          request: {
            method: 'POST',
            url: 'https://a.io/m',
            description: table('| a | required | `x` \\| `y` |'),
            body: {
              mode: 'formdata',
              formdata: [
                { key: 'a', value: 'x' },
                { key: 'a', value: 'y' },
              ],
            },
          },
        },
      ]),
    );
    const media = document.paths['/m']?.post?.requestBody?.content['multipart/form-data'];
    expect(media?.schema?.properties?.a).toMatchObject({ type: 'array', items: { type: 'string', enum: ['x', 'y'] } });
    expect(media?.schema?.properties?.a?.enum).toBeUndefined();
    expect(schemaErrors(media?.schema, media?.example)).toEqual([]);
    expect(warnings.filter((w) => w.code === 'table-conflict')).toEqual([]);
  });

  it('a JSON array field: the allowed values go on the items, one outside them drops them', () => {
    const run = (raw: string) =>
      convert(
        collectionOf([
          {
            name: 'A',
            request: {
              method: 'POST',
              url: 'https://a.io/s',
              description: table('| ids | required | `1` \\| `2` |'),
              body: { mode: 'raw', raw, options: { raw: { language: 'json' } } },
            },
          },
        ]),
      );
    const kept = run('{"ids":[1,2]}');
    const media = kept.document.paths['/s']?.post?.requestBody?.content['application/json'];
    expect(media?.schema?.properties?.ids).toMatchObject({ type: 'array', items: { type: 'integer', enum: [1, 2] } });
    expect(schemaErrors(media?.schema, media?.example)).toEqual([]);
    expect(kept.warnings.filter((w) => w.code === 'table-conflict')).toEqual([]);
    const dropped = run('{"ids":[1,3]}');
    const other = dropped.document.paths['/s']?.post?.requestBody?.content['application/json'];
    expect(other?.schema?.properties?.ids).toMatchObject({ type: 'array', items: { type: 'integer' } });
    expect(other?.schema?.properties?.ids?.items?.enum).toBeUndefined();
    expect(schemaErrors(other?.schema, other?.example)).toEqual([]);
    expect(dropped.warnings.filter((w) => w.code === 'table-conflict').map((w) => w.message)).toEqual([
      'table "Parameters" key "ids" allows `1`, `2`, but the request body sends 3 for field "ids"; the allowed values are kept in the description only',
    ]);
  });

  it('a repeated query key: the default and allowed values go on the items, the example is every value sent', () => {
    const { document, warnings } = convert(
      collectionOf([
        {
          name: 'Q',
          request: {
            method: 'GET',
            url: 'https://a.io/items?sort=asc&sort=newest&page=1&page=2&tag=a&tag=b',
            description: table('| sort | optional | `asc` \\| `desc`. Defaults to `asc` |', '| page | optional | page number |'),
          },
        },
      ]),
    );
    const params = document.paths['/items']?.get?.parameters ?? [];
    const sort = params.find((p) => p.name === 'sort');
    expect(sort?.schema).toEqual({ type: 'array', items: { type: 'string', default: 'asc' } });
    expect(sort?.example).toEqual(['asc', 'newest']);
    const page = params.find((p) => p.name === 'page');
    expect(page?.schema).toEqual({ type: 'array', items: { type: 'integer' } });
    expect(page?.example).toEqual([1, 2]);
    expect(params.find((p) => p.name === 'tag')?.example).toEqual(['a', 'b']);
    for (const p of params) expect(schemaErrors(p.schema, p.example)).toEqual([]);
    expect(warnings.filter((w) => w.code === 'table-conflict').map((w) => w.message)).toEqual([
      'table "Parameters" key "sort" allows `asc`, `desc`, but the request sends "newest" for query parameter "sort"; the allowed values are kept in the description only',
    ]);
  });
});

describe('a query value against a typed table row', () => {
  it('a value outside the allowed values keeps the example, typed as the schema that stays', () => {
    const { document } = convert(collectionOf([{ name: 'Q', request: { method: 'GET', url: 'https://a.io/q?e=3', description: table('| e | optional | `1` \\| `2` |') } }]));
    const e = document.paths['/q']?.get?.parameters?.find((p) => p.name === 'e');
    expect(e?.schema).toEqual({ type: 'integer' });
    expect(e?.example).toBe(3);
  });

  it('a single boolean or integer value is typed as the row types it (schema and example agree)', () => {
    const { document } = convert(
      collectionOf([
        {
          name: 'Json true',
          request: {
            method: 'GET',
            url: { raw: 'https://a.io/t?flag=true', host: ['a', 'io'], path: ['t'], query: [{ key: 'flag', value: true as unknown as string }] },
            description: table('| flag | optional | `true` or `false` |'),
          },
        },
        { name: 'Raw only', request: { method: 'GET', url: 'https://a.io/v?flag=false', description: table('| flag | optional | `true` or `false` |') } },
        { name: 'Number', request: { method: 'GET', url: 'https://a.io/n?r=2', description: table('| r | optional | number |') } },
      ]),
    );
    for (const [path, name, example] of [
      ['/t', 'flag', true],
      ['/v', 'flag', false],
      ['/n', 'r', 2],
    ] as const) {
      const p = document.paths[path]?.get?.parameters?.find((q) => q.name === name);
      expect(p?.example).toBe(example);
      expect(schemaErrors(p?.schema, p?.example)).toEqual([]);
    }
  });

  it('a value that is one {{variable}} is checked as its collection value', () => {
    const run = (value: string) =>
      convert({
        info: { name: 'T', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
        variable: [{ key: 'p', value }],
        item: [
          {
            name: 'Q',
            request: {
              method: 'GET',
              url: { raw: 'https://a.io/q?page={{p}}', host: ['a', 'io'], path: ['q'], query: [{ key: 'page', value: '{{p}}' }] },
              description: table('| page | optional | integer |'),
            },
          },
        ],
      });
    const off = run('two');
    expect(off.document.paths['/q']?.get?.parameters?.[0]?.schema).toEqual({ type: 'string' });
    expect(off.warnings.filter((w) => w.code === 'table-conflict').map((w) => w.message)).toEqual([
      'table "Parameters" key "page" says integer, but the request sends "{{p}}" for query parameter "page"; typed as the collection sends it',
    ]);
    const fits = run('2');
    expect(fits.document.paths['/q']?.get?.parameters?.[0]?.schema).toEqual({ type: 'integer' });
    expect(fits.warnings.filter((w) => w.code === 'table-conflict')).toEqual([]);
  });
});

describe('a form value that is one {{variable}} without a collection value', () => {
  it('is kept in the example as written; a table type it does not fit is dropped and reported', () => {
    const { document, warnings } = convert(
      collectionOf([
        {
          name: 'F',
          request: {
            method: 'POST',
            url: 'https://a.io/f',
            description: table('| n | required | integer |', '| g | required | integer |'),
            body: {
              mode: 'urlencoded',
              urlencoded: [
                { key: 'n', value: '{{x}}' },
                { key: 'g', value: '{{$guid}}' },
              ],
            },
          },
        },
      ]),
    );
    const media = document.paths['/f']?.post?.requestBody?.content['application/x-www-form-urlencoded'];
    expect(media?.example).toEqual({ n: '{{x}}', g: '{{$guid}}' });
    expect(media?.schema?.properties?.n?.type).toBe('string');
    expect(schemaErrors(media?.schema, media?.example)).toEqual([]);
    expect(warnings.filter((w) => w.code === 'table-conflict').map((w) => w.message)).toEqual([
      'table "Parameters" key "g" says integer, but the request body sends "{{$guid}}" for field "g"; typed as the collection sends it',
      'table "Parameters" key "n" says integer, but the request body sends "{{x}}" for field "n"; typed as the collection sends it',
    ]);
  });
});

describe('fitToSent', () => {
  it('checks only what the table set: a type the collection gave already is left as it is', () => {
    const schema = { type: 'array', items: { type: 'string' } };
    expect(fitToSent(schema, { type: 'array', items: { type: 'string' } }, [{ value: 'x', text: true }])).toEqual([]);
    expect(schema).toEqual({ type: 'array', items: { type: 'string' } });
  });

  it('reads a lone {{variable}} as its collection value, and one without a value contradicts nothing', () => {
    const typed = () => ({ type: 'integer', enum: [1, 2] });
    expect(fitToSent(typed(), { type: 'string' }, [{ value: '{{reason}}', text: true }], { reason: '2' })).toEqual([]);
    expect(fitToSent(typed(), { type: 'string' }, [{ value: '{{reason}}', text: true }])).toEqual([]);
    expect(fitToSent(typed(), { type: 'string' }, [{ value: '{{reason}}', text: true }], { reason: 'x' })).toHaveLength(2);
  });
});
