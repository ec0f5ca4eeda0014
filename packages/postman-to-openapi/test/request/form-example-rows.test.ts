import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { collectionOf } from '../support/collection.js';
import { schemaErrors } from '../support/json-schema.js';
import type { MediaTypeObject, OpenApiDocument } from '../../src/types.js';

const form = (name: string, url: string, mode: 'urlencoded' | 'formdata', rows: object[], description?: string) => ({
  name,
  request: { method: 'POST', url, ...(description ? { description } : {}), body: { mode, [mode]: rows } },
});
const mediaOf = (document: OpenApiDocument, path: string, type: string) => document.paths[path]?.post?.requestBody?.content[type];
const exampleValues = (media: MediaTypeObject | undefined) => [
  ...(media?.example !== undefined ? [media.example] : []),
  ...Object.values(media?.examples ?? {}).map((e) => e.value),
];
const table = (rows: string[][]) => `x\n\n| Key | Required | Description |\n|---|---|---|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`;

describe('a form example shows its file rows', () => {
  it('a key sent both as text and as a file: the example shows the text, x-postman-raw keeps the text and the files', () => {
    const { document } = convert(
      collectionOf([
        form('Both', 'https://a.io/both', 'formdata', [
          { key: 'count', type: 'text', value: '2' },
          { key: 'count', type: 'file', src: '/p.bin' },
          { key: 'title', type: 'text', value: 't' },
        ]),
      ]),
    );
    const media = mediaOf(document, '/both', 'multipart/form-data');
    expect(media?.example).toBeUndefined();
    const example = media?.examples?.both;
    expect(example?.value).toEqual({ count: '2', title: 't' });
    expect(JSON.parse(example?.['x-postman-raw'] ?? 'null')).toEqual({ count: ['2', '/p.bin'], title: 't' });
    expect(example?.description).toContain('"count" is sent both as text and as a file');
    expect(schemaErrors(media?.schema, example?.value)).toEqual([]);
  });

  it('a file field a table requires is in the example (its src), which validates against the schema', () => {
    const { document } = convert(
      collectionOf([
        form(
          'Upload',
          'https://a.io/up',
          'formdata',
          [
            { key: 'image', type: 'file', src: '/x.png' },
            { key: 'title', type: 'text', value: 't' },
          ],
          table([
            ['image', 'required', 'the picture'],
            ['title', 'required', 'text'],
          ]),
        ),
      ]),
    );
    const media = mediaOf(document, '/up', 'multipart/form-data');
    expect(media?.schema?.required).toEqual(['image', 'title']);
    expect(media?.schema?.properties?.image).toMatchObject({ type: 'string', format: 'binary' });
    expect(media?.example).toEqual({ image: '/x.png', title: 't' });
    expect(schemaErrors(media?.schema, media?.example)).toEqual([]);
  });

  it('merged with a request that sends the field as text, every example validates against the merged schema', () => {
    const rows = table([
      ['image', 'required', 'binary or url'],
      ['title', 'required', 'text'],
    ]);
    const { document } = convert(
      collectionOf([
        form(
          'File',
          'https://a.io/up',
          'formdata',
          [
            { key: 'image', type: 'file', src: '/x.png' },
            { key: 'title', type: 'text', value: 't' },
          ],
          rows,
        ),
        form('Text', 'https://a.io/up', 'formdata', [
          { key: 'image', type: 'text', value: 'http://v' },
          { key: 'title', type: 'text', value: 't' },
        ]),
      ]),
    );
    const media = mediaOf(document, '/up', 'multipart/form-data');
    expect(media?.examples?.file?.value).toEqual({ image: '/x.png', title: 't' });
    for (const value of exampleValues(media)) expect(schemaErrors(media?.schema, value)).toEqual([]);
  });

  it('a file row without src shows an empty text; a [] file key lists every file; a key with a text row keeps the text', () => {
    const { document } = convert(
      collectionOf([
        form('Files', 'https://a.io/files', 'formdata', [
          { key: 'none', type: 'file' },
          { key: 'docs[]', type: 'file', src: '/a.pdf' },
          { key: 'docs[]', type: 'file', src: ['/b.pdf', '/c.pdf'] },
          { key: 'both', type: 'file', src: '/f.bin' },
          { key: 'both', type: 'text', value: 'inline' },
          { key: 'off', type: 'file', src: '/off.png', disabled: true },
        ]),
      ]),
    );
    const media = mediaOf(document, '/files', 'multipart/form-data');
    const example = media?.examples?.files;
    expect(example?.value).toEqual({ both: 'inline', none: '', 'docs[]': ['/a.pdf', '/b.pdf', '/c.pdf'] });
    expect(JSON.parse(example?.['x-postman-raw'] ?? 'null')).toMatchObject({ both: ['inline', '/f.bin'] });
    expect(schemaErrors(media?.schema, example?.value)).toEqual([]);
  });
});

describe('a form value that is one {{variable}} stays as written', () => {
  const variable = [
    { key: 'page', value: '2' },
    { key: 'nm', value: 'bob' },
  ];
  const rows = [
    { key: 'page', value: '{{page}}' },
    { key: 'name', value: '{{nm}}' },
  ];
  const typed = table([['page', 'required', '`integer`']]);

  it('a field a table types from the variable value: the example value is typed, x-postman-raw keeps the rows as written', () => {
    for (const mode of ['formdata', 'urlencoded'] as const) {
      const { document } = convert(collectionOf([form('Page', 'https://a.io/p', mode, rows, typed)], { variable }));
      const type = mode === 'formdata' ? 'multipart/form-data' : 'application/x-www-form-urlencoded';
      const media = mediaOf(document, '/p', type);
      expect(media?.schema?.properties?.page?.type).toBe('integer');
      expect(media?.example).toBeUndefined();
      const example = media?.examples?.page;
      expect(example?.value).toEqual({ page: 2, name: '{{nm}}' });
      expect(JSON.parse(example?.['x-postman-raw'] ?? 'null')).toEqual({ page: '{{page}}', name: '{{nm}}' });
      expect(example?.description).toContain('`{{variable}}`');
      expect(schemaErrors(media?.schema, example?.value)).toEqual([]);
    }
  });

  it('a form no table types keeps {{variables}} in the example itself (nothing resolved)', () => {
    const { document } = convert(collectionOf([form('Page', 'https://a.io/p', 'urlencoded', rows)], { variable }));
    const media = mediaOf(document, '/p', 'application/x-www-form-urlencoded');
    expect(media?.example).toEqual({ page: '{{page}}', name: '{{nm}}' });
    expect(JSON.stringify(media)).not.toContain('x-postman-raw');
  });

  it('a query or header value that is one {{variable}} is never shown resolved (no example)', () => {
    const { document } = convert(
      collectionOf([{ name: 'Q', request: { method: 'GET', url: 'https://a.io/q?page={{page}}', header: [{ key: 'X-Name', value: '{{nm}}' }], description: typed } }], {
        variable,
      }),
    );
    const params = document.paths['/q']?.get?.parameters ?? [];
    expect(params.map((p) => [p.name, p.schema.type, p.example])).toEqual([
      ['page', 'integer', undefined],
      ['X-Name', 'string', undefined],
    ]);
  });
});

describe('a form value whose variable names another variable', () => {
  it('is typed as Postman sends it (the chain filled in), with the rows as written in x-postman-raw', () => {
    const variable = [
      { key: 'a', value: '{{b}}' },
      { key: 'b', value: '5' },
    ];
    const { document } = convert(
      collectionOf([form('Chain', 'https://a.io/c', 'urlencoded', [{ key: 'n', value: '{{a}}' }], table([['n', 'required', '`integer`']]))], { variable }),
    );
    const media = mediaOf(document, '/c', 'application/x-www-form-urlencoded');
    const example = media?.examples?.chain;
    expect(example?.value).toEqual({ n: 5 });
    expect(JSON.parse(example?.['x-postman-raw'] ?? 'null')).toEqual({ n: '{{a}}' });
    expect(schemaErrors(media?.schema, example?.value)).toEqual([]);
  });
});
