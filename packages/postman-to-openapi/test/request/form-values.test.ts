import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { collectionOf } from '../support/collection.js';
import { schemaErrors } from '../support/json-schema.js';

const form = (name: string, url: string, mode: 'urlencoded' | 'formdata', rows: object[]) => ({ name, request: { method: 'POST', url, body: { mode, [mode]: rows } } });
const mediaOf = (document: ReturnType<typeof convert>['document'], path: string, type: string) => document.paths[path]?.post?.requestBody?.content[type];

describe('form bodies keep the values they send', () => {
  it('a key sent twice (both rows enabled) keeps both values, as an array the schema accepts', () => {
    const { document } = convert(
      collectionOf([
        form('Tags', 'https://a.io/f', 'urlencoded', [
          { key: 'tag', value: 'red' },
          { key: 'tag', value: 'blue' },
        ]),
        form('Other', 'https://a.io/f', 'urlencoded', [{ key: 'tag', value: 'green' }]),
      ]),
    );
    const media = mediaOf(document, '/f', 'application/x-www-form-urlencoded');
    expect(media?.examples?.tags?.value).toEqual({ tag: ['red', 'blue'] });
    expect(media?.examples?.other?.value).toEqual({ tag: 'green' });
    for (const example of Object.values(media?.examples ?? {})) expect(schemaErrors(media?.schema, example.value)).toEqual([]);
  });

  it('a key with a disabled alternative row stays one text field (only the enabled value is sent)', () => {
    const { document } = convert(
      collectionOf([
        form('One', 'https://a.io/f', 'urlencoded', [
          { key: 'tag', value: 'red' },
          { key: 'tag', value: 'blue', disabled: true },
        ]),
      ]),
    );
    const media = mediaOf(document, '/f', 'application/x-www-form-urlencoded');
    expect(media?.schema?.properties?.tag?.type).toBe('string');
    expect(media?.example).toEqual({ tag: 'red' });
  });

  it('a request that is not merged keeps its form as the example, {{variables}} as written', () => {
    const { document } = convert(
      collectionOf([
        form('Revoke', 'https://a.io/revoke', 'urlencoded', [
          { key: 'token', value: '{{refresh}}' },
          { key: 'hint', value: 'refresh_token' },
        ]),
        form('Upload', 'https://a.io/up', 'formdata', [
          { key: 'name', value: '{{n}}' },
          { key: 'file', type: 'file', src: '/tmp/a.png' },
        ]),
      ]),
    );
    const revoke = mediaOf(document, '/revoke', 'application/x-www-form-urlencoded');
    expect(revoke?.example).toEqual({ token: '{{refresh}}', hint: 'refresh_token' });
    expect(schemaErrors(revoke?.schema, revoke?.example)).toEqual([]);
    const upload = mediaOf(document, '/up', 'multipart/form-data');
    expect(upload?.example).toEqual({ name: '{{n}}', file: '/tmp/a.png' });
    expect(schemaErrors(upload?.schema, upload?.example)).toEqual([]);
  });
  it('a key with a file row and a text row keeps both: the field takes a file or the text, the example keeps the text', () => {
    const { document } = convert(
      collectionOf([
        form('Upload', 'https://a.io/up', 'formdata', [
          { key: 'f', type: 'file', src: '/tmp/a.png' },
          { key: 'f', type: 'text', value: 'caption' },
        ]),
        form('List', 'https://a.io/list', 'formdata', [
          { key: 'ids[]', value: '7' },
          { key: 'ids[]', type: 'file', src: '/tmp/b.png' },
        ]),
      ]),
    );
    const upload = mediaOf(document, '/up', 'multipart/form-data');
    // The example shows the text; its rows as written keep the file too.
    const shown = upload?.examples?.upload;
    expect(shown?.value).toEqual({ f: 'caption' });
    expect(JSON.parse(shown?.['x-postman-raw'] ?? 'null')).toEqual({ f: ['caption', '/tmp/a.png'] });
    expect(schemaErrors(upload?.schema, shown?.value)).toEqual([]);
    const field = upload?.schema?.properties?.f;
    expect(field?.anyOf?.map((s) => s.format ?? s.type)).toEqual(['binary', 'string']);
    expect(field?.description).toContain('a file or text');
    const list = mediaOf(document, '/list', 'multipart/form-data');
    expect(list?.examples?.list?.value).toEqual({ 'ids[]': ['7'] });
    expect(JSON.parse(list?.examples?.list?.['x-postman-raw'] ?? 'null')).toEqual({ 'ids[]': ['7', '/tmp/b.png'] });
    expect(schemaErrors(list?.schema, list?.examples?.list?.value)).toEqual([]);
  });

  it.each<[string, object[]]>([
    [
      'the same form',
      [
        { key: 'f', type: 'file', src: '/tmp/b.png' },
        { key: 'f', type: 'text', value: 'other' },
      ],
    ],
    ['the field as a file only', [{ key: 'f', type: 'file', src: '/tmp/b.png' }]],
    [
      'the field as text only',
      [
        { key: 'f', type: 'text', value: 'other' },
        { key: 'n', value: '3' },
      ],
    ],
    [
      'the field as two files',
      [
        { key: 'f', type: 'file', src: '/tmp/b.png' },
        { key: 'f', type: 'file', src: '/tmp/c.png' },
      ],
    ],
    ['other fields only', [{ key: 'n', value: '3' }]],
  ])('a field that takes a file or text, merged with a request writing %s -> still a file or text, its description kept, every example valid', (_name, rows) => {
    const { document } = convert(
      collectionOf([
        form('Upload', 'https://a.io/up', 'formdata', [
          { key: 'f', type: 'file', src: '/tmp/a.png' },
          { key: 'f', type: 'text', value: 'caption' },
        ]),
        form('Again', 'https://a.io/up', 'formdata', rows),
      ]),
    );
    const media = mediaOf(document, '/up', 'multipart/form-data');
    const field = media?.schema?.properties?.f;
    expect(field?.anyOf).toHaveLength(2);
    // The file side: one file (a field sending two files adds an array of files).
    expect(field?.anyOf?.[0]?.format ?? field?.anyOf?.[0]?.anyOf?.[1]?.format).toBe('binary');
    expect(field?.anyOf?.[1]).toMatchObject({ type: 'string' });
    expect(field?.anyOf?.[1]?.format).toBeUndefined();
    expect(field?.description).toBe('The collection writes this field 2 times, as a file and as text: it takes a file or text.');
    expect(media?.examples?.upload?.value).toEqual({ f: 'caption' });
    for (const example of Object.values(media?.examples ?? {})) expect(schemaErrors(media?.schema, example.value)).toEqual([]);
  });
});
