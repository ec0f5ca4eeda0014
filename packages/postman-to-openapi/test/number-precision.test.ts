import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';
import { serializeDocument } from '../src/schema/canonical.js';
import type { OpenApiDocument } from '../src/types.js';
import { collectionOf } from './support/collection.js';
import { exampleMismatches } from './support/kept.js';
import { schemaErrors } from './support/json-schema.js';

const table = '| Key | Required | Description |\n|---|---|---|\n| page | optional | integer |';
const json = { 'Content-Type': 'application/json' };
const header = Object.entries(json).map(([key, value]) => ({ key, value }));

/** The serialized document read back: what a reader of the file sees (Infinity is written as null). */
const written = (document: OpenApiDocument): OpenApiDocument => JSON.parse(serializeDocument(document)) as OpenApiDocument;

describe('JSON numbers a double does not hold exactly', () => {
  const items = [
    {
      name: 'Create',
      request: { method: 'POST', url: 'https://a.io/messages', header, body: { mode: 'raw', raw: '{"channel_id": 1234567890123456789, "reply_to": 9007199254740993}' } },
      response: [{ name: 'Created', code: 201, header, body: '{"id": 1288834974657000001}' }],
    },
    {
      name: 'Query',
      request: {
        method: 'POST',
        url: 'https://a.io/graphql',
        body: { mode: 'graphql', graphql: { query: 'query($id: ID!){ node(id:$id){ id } }', variables: '{"id": 2345678901234567891}' } },
      },
    },
    {
      name: 'Plain',
      request: {
        method: 'POST',
        url: 'https://a.io/plain',
        header,
        body: { mode: 'raw', raw: '{"id": 123456789012345, "ok": 9007199254740992, "x": 0.1, "s": "12345678901234567890"}' },
      },
    },
  ];

  it('keep the text as written in x-postman-raw beside the value JSON reads, with a warning, in bodies, saved responses and GraphQL variables', () => {
    const { document, warnings } = convert(collectionOf(items.slice(0, 2)));
    const text = serializeDocument(document);
    for (const literal of ['1234567890123456789', '9007199254740993', '1288834974657000001', '2345678901234567891']) expect(text).toContain(literal);
    const body = document.paths['/messages']?.post?.requestBody?.content['application/json'];
    const example = Object.values(body?.examples ?? {})[0];
    expect(example?.value).toEqual({ channel_id: Number('1234567890123456789'), reply_to: 2 ** 53 });
    expect(example?.['x-postman-raw']).toBe('{"channel_id": 1234567890123456789, "reply_to": 9007199254740993}');
    const saved = document.paths['/messages']?.post?.responses['201']?.content?.['application/json']?.examples?.created;
    expect(saved?.['x-postman-raw']).toBe('{"id": 1288834974657000001}');
    const graphql = Object.values(document.paths['/graphql']?.post?.requestBody?.content['application/json']?.examples ?? {})[0];
    expect(graphql?.['x-postman-raw']).toBe('{"query":"query($id: ID!){ node(id:$id){ id } }","variables":{"id": 2345678901234567891}}');
    const seen = warnings.map((w) => `${w.code} ${w.pointer}`);
    expect(seen).toEqual(['invalid-json /item/0/request/body', 'invalid-json /item/0/response/0/body', 'invalid-json /item/1/request/body/graphql']);
    for (const w of warnings) expect(w.message).toMatch(/double does not hold exactly/);
    expect(exampleMismatches(written(document), schemaErrors)).toEqual([]);
  });

  it('leave numbers a double holds as they were: no x-postman-raw, no warning', () => {
    const { document, warnings } = convert(collectionOf([items[2] as object]));
    expect(document.paths['/plain']?.post?.requestBody?.content['application/json']?.example).toEqual({
      id: 123456789012345,
      ok: 9007199254740992,
      x: 0.1,
      s: '12345678901234567890',
    });
    expect(warnings).toEqual([]);
  });
});

describe('table-typed values a double does not hold exactly', () => {
  const big = '9'.repeat(400);
  const items = [
    { name: 'form literal', request: { method: 'POST', url: 'https://a.io/form', description: table, body: { mode: 'formdata', formdata: [{ key: 'page', value: big }] } } },
    { name: 'form variable', request: { method: 'PUT', url: 'https://a.io/form', description: table, body: { mode: 'formdata', formdata: [{ key: 'page', value: '{{n}}' }] } } },
    { name: 'query', request: { method: 'GET', url: `https://a.io/query?page=${big}`, description: table } },
    { name: 'rounded query', request: { method: 'GET', url: 'https://a.io/rounded?page=12345678901234567890', description: table } },
    {
      name: 'urlencoded',
      request: { method: 'POST', url: 'https://a.io/urlencoded', description: table, body: { mode: 'urlencoded', urlencoded: [{ key: 'page', value: '9007199254740993' }] } },
    },
    { name: 'exact', request: { method: 'GET', url: 'https://a.io/exact?page=9007199254740992', description: table } },
  ];

  it('are kept as written with a table-conflict, every example valid against its schema', () => {
    const { document, warnings } = convert(collectionOf(items, { variable: [{ key: 'n', value: big }] }));
    const doc = written(document);
    expect(exampleMismatches(doc, schemaErrors)).toEqual([]);
    const query = (path: string) => doc.paths[path]?.get?.parameters?.find((p) => 'name' in p && p.name === 'page');
    expect(query('/query')).toMatchObject({ example: big, schema: { type: 'string' } });
    expect(query('/rounded')).toMatchObject({ example: '12345678901234567890', schema: { type: 'string' } });
    expect(query('/exact')).toMatchObject({ example: 9007199254740992, schema: { type: 'integer' } });
    const form = doc.paths['/form']?.post?.requestBody?.content['multipart/form-data'];
    expect(form?.example ?? Object.values(form?.examples ?? {})[0]?.value).toEqual({ page: big });
    const urlencoded = doc.paths['/urlencoded']?.post?.requestBody?.content['application/x-www-form-urlencoded'];
    expect(urlencoded?.example ?? Object.values(urlencoded?.examples ?? {})[0]?.value).toEqual({ page: '9007199254740993' });
    const conflicts = warnings.filter((w) => w.code === 'table-conflict').map((w) => w.pointer);
    expect(conflicts).toEqual([0, 1, 2, 3, 4].map((i) => `/item/${i}/request/description`));
    expect(JSON.stringify(doc)).not.toContain('null');
  });
});

describe('a typed form variable naming other variables', () => {
  const variable = Array.from({ length: 20 }, (_, i) => ({ key: `v${i}`, value: i === 19 ? '9' : `{{v${i + 1}}}` }));
  const items = (top: string) => [
    { name: 'list', request: { method: 'POST', url: 'https://a.io/list', description: table, body: { mode: 'formdata', formdata: [{ key: 'page', value: `{{${top}}}` }] } } },
  ];
  const example = (top: string) => {
    const { document, warnings } = convert(collectionOf(items(top), { variable }));
    const media = document.paths['/list']?.post?.requestBody?.content['multipart/form-data'];
    return { value: media?.example ?? Object.values(media?.examples ?? {})[0]?.value, warnings };
  };

  it('is filled through 19 levels, as Postman does, not 20', () => {
    // {{v0}} -> {{v1}} ... 19 substitutions give {{v19}}: Postman sends that text, which is no integer.
    const deep = example('v0');
    expect(deep.value).toEqual({ page: '{{v0}}' });
    expect(deep.warnings.map((w) => w.code)).toContain('table-conflict');
    // {{v1}} reaches 9 in 19 substitutions.
    expect(example('v1').value).toEqual({ page: 9 });
  });
});

describe('a table whose allowed values or default a double does not hold exactly', () => {
  it('types the row as text (allowed values) or leaves the default out, so no schema holds a rounded value', () => {
    const rows =
      '| Key | Required | Description |\n|---|---|---|\n| id | optional | integer, one of `12345678901234567890`, `1` |\n| page | optional | integer. Default: `12345678901234567890` |';
    const { document, warnings } = convert(collectionOf([{ name: 'q', request: { method: 'GET', url: 'https://a.io/q?id=1&page=2', description: rows } }]));
    const param = (name: string) => document.paths['/q']?.get?.parameters?.find((p) => 'name' in p && p.name === name);
    expect(param('id')).toMatchObject({ schema: { type: 'string', enum: ['12345678901234567890', '1'] } });
    expect(param('page')).toMatchObject({ schema: { type: 'integer' } });
    expect(param('page')?.schema).not.toHaveProperty('default');
    expect(JSON.stringify(document)).not.toContain('12345678901234567000');
    const conflicts = warnings.filter((w) => w.code === 'table-conflict').map((w) => w.message);
    expect(conflicts.some((m) => m.includes('"id"'))).toBe(true);
    expect(conflicts.some((m) => m.includes('"page"') && m.includes('default `12345678901234567890`'))).toBe(true);
  });
});

describe('a value a description table types as an integer, written otherwise than the number writes it', () => {
  it('keeps the text Postman sends (leading zeros) with a table-conflict warning', () => {
    const { document, warnings } = convert(
      collectionOf([
        { name: 'Query', request: { method: 'GET', url: 'https://a.io/q?page=00012', description: table } },
        { name: 'Form', request: { method: 'POST', url: 'https://a.io/f', description: table, body: { mode: 'formdata', formdata: [{ key: 'page', value: '007' }] } } },
        { name: 'Plain', request: { method: 'GET', url: 'https://a.io/p?page=12', description: table } },
      ]),
    );
    const doc = written(document);
    const example = (path: string) => doc.paths[path]?.get?.parameters?.map((p) => ('example' in p ? p.example : undefined));
    expect(example('/q')).toEqual(['00012']);
    expect(example('/p')).toEqual([12]);
    expect(doc.paths['/f']?.post?.requestBody?.content['multipart/form-data']?.example).toEqual({ page: '007' });
    expect(exampleMismatches(doc, schemaErrors)).toEqual([]);
    expect(warnings.filter((w) => w.code === 'table-conflict').map((w) => w.message.match(/sends "([^"]+)"/)?.[1])).toEqual(['00012', '007']);
  });
});
