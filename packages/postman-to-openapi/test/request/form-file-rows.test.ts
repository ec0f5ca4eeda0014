import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { collectionOf } from '../support/collection.js';
import { schemaErrors } from '../support/json-schema.js';
import type { MediaTypeObject, OpenApiDocument } from '../../src/types.js';

const form = (name: string, url: string, rows: object[], extra: object = {}) => ({
  name,
  request: { method: 'POST', url, body: { mode: 'formdata', formdata: rows } },
  ...extra,
});
const mediaOf = (document: OpenApiDocument, path: string) => document.paths[path]?.post?.requestBody?.content['multipart/form-data'];
const exampleValues = (media: MediaTypeObject | undefined) => [
  ...(media?.example !== undefined ? [media.example] : []),
  ...Object.values(media?.examples ?? {}).map((e) => e.value),
];

describe('a form key that sends several files keeps every file', () => {
  it('two enabled file rows on one key: an array of files, the example lists both src', () => {
    const { document } = convert(
      collectionOf([
        form('Two', 'https://a.io/two', [
          { key: 'attachment', type: 'file', src: '/docs/a.pdf' },
          { key: 'attachment', type: 'file', src: '/docs/b.pdf' },
        ]),
      ]),
    );
    const media = mediaOf(document, '/two');
    expect(media?.schema?.properties?.attachment).toEqual({
      type: 'array',
      items: { type: 'string', format: 'binary' },
      description: 'The collection sends 2 files in this field (every file is sent: an array).',
    });
    expect(media?.example).toEqual({ attachment: ['/docs/a.pdf', '/docs/b.pdf'] });
    expect(schemaErrors(media?.schema, media?.example)).toEqual([]);
  });

  it('one file row whose src is a list: an array of files, the example lists every src', () => {
    const { document } = convert(collectionOf([form('List', 'https://a.io/list', [{ key: 'attachment', type: 'file', src: ['/docs/c.pdf', '/docs/d.pdf'] }])]));
    const media = mediaOf(document, '/list');
    expect(media?.schema?.properties?.attachment).toMatchObject({ type: 'array', items: { type: 'string', format: 'binary' } });
    expect(media?.example).toEqual({ attachment: ['/docs/c.pdf', '/docs/d.pdf'] });
    expect(schemaErrors(media?.schema, media?.example)).toEqual([]);
  });

  it('a key with one file stays one file field (a src list of one too)', () => {
    const { document } = convert(
      collectionOf([
        form('One', 'https://a.io/one', [
          { key: 'a', type: 'file', src: '/a.pdf' },
          { key: 'b', type: 'file', src: ['/b.pdf'] },
        ]),
      ]),
    );
    const media = mediaOf(document, '/one');
    expect(media?.schema?.properties).toEqual({ a: { type: 'string', format: 'binary' }, b: { type: 'string', format: 'binary' } });
    expect(media?.example).toEqual({ a: '/a.pdf', b: '/b.pdf' });
  });

  it('merged with a text request and in a saved example: every src is kept, the merged schema accepts every example', () => {
    const saved = {
      response: [
        {
          name: 'saved',
          code: 200,
          body: 'ok',
          originalRequest: { method: 'POST', url: 'https://a.io/up', body: { mode: 'formdata', formdata: [{ key: 'doc', type: 'file', src: ['/o1.pdf', '/o2.pdf'] }] } },
        },
      ],
    };
    const { document, warnings } = convert(
      collectionOf([
        form('Text', 'https://a.io/up', [{ key: 'doc', value: 'text' }]),
        form(
          'Files',
          'https://a.io/up',
          [
            { key: 'doc', type: 'file', src: '/b1.pdf' },
            { key: 'doc', type: 'file', src: '/b2.pdf' },
          ],
          saved,
        ),
      ]),
    );
    const media = mediaOf(document, '/up');
    const values = exampleValues(media);
    expect(values).toEqual(expect.arrayContaining([{ doc: 'text' }, { doc: ['/b1.pdf', '/b2.pdf'] }, { doc: ['/o1.pdf', '/o2.pdf'] }]));
    for (const value of values) expect(schemaErrors(media?.schema, value)).toEqual([]);
    expect(media?.schema?.properties?.doc?.description).toBe('Merged requests send this field as a file and as text: it takes a file or text.');
    expect(warnings.filter((w) => w.code !== 'merged')).toEqual([]);
  });

  it('two files and a text on one key: the example shows the text, x-postman-raw keeps both files', () => {
    const { document } = convert(
      collectionOf([
        form('Mixed', 'https://a.io/mixed', [
          { key: 'k', value: 'on' },
          { key: 'k', type: 'file', src: ['/a.bin', '/b.bin'] },
        ]),
      ]),
    );
    const media = mediaOf(document, '/mixed');
    const example = media?.examples?.mixed;
    expect(example?.value).toEqual({ k: 'on' });
    expect(JSON.parse(example?.['x-postman-raw'] ?? 'null')).toEqual({ k: ['on', '/a.bin', '/b.bin'] });
    expect(schemaErrors(media?.schema, example?.value)).toEqual([]);
    expect(schemaErrors(media?.schema, { k: ['/a.bin', '/b.bin'] })).toEqual([]);
  });
});

describe('a key with disabled and enabled rows is described by its enabled rows', () => {
  it('text: the enabled value is the example, the disabled value stays in the description', () => {
    const { document } = convert(
      collectionOf([
        form('Text', 'https://a.io/text', [
          { key: 'mode', value: 'draft', disabled: true },
          { key: 'mode', value: 'live' },
        ]),
      ]),
    );
    const media = mediaOf(document, '/text');
    expect(media?.schema?.properties?.mode).toEqual({
      type: 'string',
      example: 'live',
      description: 'The collection writes this field 2 times; disabled rows (not sent) hold alternative values: ["draft"].',
    });
    expect(media?.example).toEqual({ mode: 'live' });
  });

  it('files: the enabled file is the example, the disabled file stays in the description', () => {
    const { document } = convert(
      collectionOf([
        form('File', 'https://a.io/file', [
          { key: 'doc', type: 'file', src: '/old.pdf', disabled: true },
          { key: 'doc', type: 'file', src: '/new.pdf' },
        ]),
      ]),
    );
    const media = mediaOf(document, '/file');
    expect(media?.schema?.properties?.doc).toEqual({
      type: 'string',
      format: 'binary',
      description: 'The collection writes this field 2 times; disabled rows (not sent) hold alternative values: ["/old.pdf"].',
    });
    expect(media?.example).toEqual({ doc: '/new.pdf' });
  });

  it('a key sent as text and as files: the text side is described by its enabled row', () => {
    const { document } = convert(
      collectionOf([
        form('E', 'https://a.io/e', [
          { key: 'k', value: 'off', disabled: true },
          { key: 'k', type: 'file', src: '/a.bin' },
          { key: 'k', value: 'on' },
        ]),
      ]),
    );
    const field = mediaOf(document, '/e')?.schema?.properties?.k;
    expect(field?.anyOf?.[1]).toEqual({
      type: 'string',
      example: 'on',
      description: 'The collection writes this field 2 times; disabled rows (not sent) hold alternative values: ["off"].',
    });
    expect(JSON.stringify(field)).not.toContain('(Disabled in the collection.)');
  });

  it('several enabled rows and a disabled one: an array of what is sent, the disabled value in the description', () => {
    const { document } = convert(
      collectionOf([
        form('Tags', 'https://a.io/tags', [
          { key: 'tag', value: 'red' },
          { key: 'tag', value: 'old', disabled: true },
          { key: 'tag', value: 'blue' },
        ]),
      ]),
    );
    const media = mediaOf(document, '/tags');
    expect(media?.schema?.properties?.tag).toEqual({
      type: 'array',
      items: { type: 'string' },
      description: 'The collection sends this field 2 times (every value is sent: an array). Disabled rows (not sent) hold alternative values: ["old"].',
    });
    expect(media?.example).toEqual({ tag: ['red', 'blue'] });
  });
});

describe('merging a field that takes a file or text with one that sends several files', () => {
  it('three requests (file or text, two files, text): still a file or text, described, every example valid', () => {
    const { document } = convert(
      collectionOf([
        form('Both', 'https://a.io/m', [
          { key: 'f', type: 'file', src: '/a.png' },
          { key: 'f', value: 'caption' },
        ]),
        form('Two', 'https://a.io/m', [{ key: 'f', type: 'file', src: ['/b.png', '/c.png'] }]),
        form('Text', 'https://a.io/m', [{ key: 'f', value: 'plain' }]),
      ]),
    );
    const media = mediaOf(document, '/m');
    const field = media?.schema?.properties?.f;
    expect(field?.description).toBe('The collection writes this field 2 times, as a file and as text: it takes a file or text.');
    expect(field?.anyOf).toHaveLength(2);
    const values = exampleValues(media);
    expect(values).toEqual(expect.arrayContaining([{ f: 'caption' }, { f: ['/b.png', '/c.png'] }, { f: 'plain' }]));
    for (const value of values) expect(schemaErrors(media?.schema, value)).toEqual([]);
  });
});

describe('a field that takes one file, several files or text, merged again', () => {
  it('a saved example sending two files, then another request sending text: still a file or text, described, every example valid', () => {
    const saved = {
      response: [
        {
          name: 'saved',
          code: 200,
          body: 'ok',
          originalRequest: { method: 'POST', url: 'https://a.io/r', body: { mode: 'formdata', formdata: [{ key: 'f', type: 'file', src: ['/s1.png', '/s2.png'] }] } },
        },
      ],
    };
    const { document } = convert(
      collectionOf([
        form(
          'Both',
          'https://a.io/r',
          [
            { key: 'f', type: 'file', src: '/a.png' },
            { key: 'f', value: 'caption' },
          ],
          saved,
        ),
        form('Text', 'https://a.io/r', [{ key: 'f', value: 'plain' }]),
      ]),
    );
    const media = mediaOf(document, '/r');
    const field = media?.schema?.properties?.f;
    expect(field?.description).toBe('The collection writes this field 2 times, as a file and as text: it takes a file or text.');
    expect(field?.anyOf).toHaveLength(2);
    const values = exampleValues(media);
    expect(values).toEqual(expect.arrayContaining([{ f: 'caption' }, { f: ['/s1.png', '/s2.png'] }, { f: 'plain' }]));
    for (const value of values) expect(schemaErrors(media?.schema, value)).toEqual([]);
  });
});

describe('disabled form rows keep their values in the description of their key', () => {
  it('keys whose rows are all disabled, and [] keys with disabled rows, name every disabled value', () => {
    const { document } = convert(
      collectionOf([
        form('Files', 'https://a.io/a', [
          { key: 'doc', type: 'file', src: '/d1.pdf', disabled: true },
          { key: 'doc', type: 'file', src: ['/d2.pdf', '/d3.pdf'], disabled: true },
        ]),
        form('Texts', 'https://a.io/b', [
          { key: 'mode', value: 'draft-1', disabled: true },
          { key: 'mode', value: 'draft-2', disabled: true },
        ]),
        form('One', 'https://a.io/d', [{ key: 'one', type: 'file', src: '/single-off.pdf', disabled: true }]),
        form('Lists', 'https://a.io/e', [
          { key: 'files[]', type: 'file', src: '/e-on.pdf' },
          { key: 'files[]', type: 'file', src: '/e-off.pdf', disabled: true },
          { key: 'tags[]', value: 't-on' },
          { key: 'tags[]', value: 't-off', disabled: true },
        ]),
      ]),
    );
    const described = (path: string, key: string) => (mediaOf(document, path)?.schema?.properties?.[key] as { description?: string } | undefined)?.description;
    expect(described('/a', 'doc')).toBe('(Disabled in the collection.) The collection writes this field 2 times; disabled rows (not sent) hold: ["/d1.pdf","/d2.pdf","/d3.pdf"].');
    expect(described('/b', 'mode')).toBe('(Disabled in the collection.) The collection writes this field 2 times; disabled rows (not sent) hold: ["draft-1","draft-2"].');
    expect(described('/d', 'one')).toBe('(Disabled in the collection.) The collection writes this field once; disabled rows (not sent) hold: ["/single-off.pdf"].');
    expect(described('/e', 'files[]')).toBe('The collection writes this field 2 times; disabled rows (not sent) hold: ["/e-off.pdf"].');
    expect(described('/e', 'tags[]')).toBe('The collection writes this field 2 times; disabled rows (not sent) hold: ["t-off"].');
    expect(exampleValues(mediaOf(document, '/e'))).toEqual([{ 'files[]': ['/e-on.pdf'], 'tags[]': ['t-on'] }]);
  });
});
