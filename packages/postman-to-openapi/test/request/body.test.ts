import pm from 'postman-collection';
import { describe, expect, it } from 'vitest';
import { convertBody, formSchema } from '../../src/request/body.js';

const { RequestBody, FormParam } = pm;
const body = (definition: object) => new RequestBody(definition as never);

describe('convertBody', () => {
  const cases: [string, object, string | undefined, object | undefined][] = [
    [
      'formdata with a file and repeated ids[] -> multipart',
      {
        mode: 'formdata',
        formdata: [
          { key: 'image', type: 'file', src: 'a.png' },
          { key: 'ids[]', value: '{{imageHash}}', type: 'text' },
          { key: 'ids[]', value: '{{imageHash2}}', type: 'text' },
          { key: 'title', value: 'Hello', type: 'text' },
        ],
      },
      undefined,
      {
        mediaType: 'multipart/form-data',
        form: true,
        formValues: { 'ids[]': ['{{imageHash}}', '{{imageHash2}}'], title: 'Hello' },
        formFiles: { image: ['a.png'] },
        media: {
          schema: {
            type: 'object',
            properties: {
              image: { type: 'string', format: 'binary' },
              'ids[]': { type: 'array', items: { type: 'string' } },
              title: { type: 'string', example: 'Hello' },
            },
          },
        },
      },
    ],
    [
      'urlencoded -> form',
      { mode: 'urlencoded', urlencoded: [{ key: 'grant_type', value: 'refresh_token' }] },
      undefined,
      {
        mediaType: 'application/x-www-form-urlencoded',
        form: true,
        formValues: { grant_type: 'refresh_token' },
        media: { schema: { type: 'object', properties: { grant_type: { type: 'string', example: 'refresh_token' } } } },
      },
    ],
    [
      'raw JSON by language -> schema and example',
      { mode: 'raw', raw: '{"password": "", "reasons": ["a"]}', options: { raw: { language: 'json' } } },
      undefined,
      {
        mediaType: 'application/json',
        form: false,
        media: {
          schema: { type: 'object', properties: { password: { type: 'string' }, reasons: { type: 'array', items: { type: 'string' } } } },
          example: { password: '', reasons: ['a'] },
        },
      },
    ],
    [
      'raw JSON by Content-Type header',
      { mode: 'raw', raw: '[1]' },
      'application/json; charset=utf-8',
      {
        mediaType: 'application/json',
        form: false,
        media: { schema: { type: 'array', items: { type: 'integer' } }, example: [1] },
      },
    ],
    [
      'raw XML -> string with the example',
      { mode: 'raw', raw: '<a/>' },
      'text/xml',
      { mediaType: 'text/xml', form: false, media: { schema: { type: 'string' }, example: '<a/>' } },
    ],
    [
      'raw without hints that is not JSON -> text/plain',
      { mode: 'raw', raw: 'hello' },
      undefined,
      { mediaType: 'text/plain', form: false, media: { schema: { type: 'string' }, example: 'hello' } },
    ],
    [
      'broken JSON -> kept as a text example, flagged',
      { mode: 'raw', raw: '{"a": ', options: { raw: { language: 'json' } } },
      undefined,
      { mediaType: 'application/json', form: false, media: { schema: { type: 'string' }, example: '{"a": ' }, invalidJson: true },
    ],
    [
      'file -> binary',
      { mode: 'file', file: { src: 'x.bin' } },
      undefined,
      { mediaType: 'application/octet-stream', form: false, media: { schema: { type: 'string', format: 'binary' } } },
    ],
    ['empty raw -> no body', { mode: 'raw', raw: '' }, undefined, undefined],
    ['raw that is a number, not text -> no body', { mode: 'raw', raw: 5 }, undefined, undefined],
    [
      'form keys that are a number, an object and "__proto__"',
      {
        mode: 'urlencoded',
        urlencoded: [
          { key: 7, value: 'a' },
          { key: { x: 1 }, value: 'b' },
          { key: '__proto__', value: 'c' },
        ],
      },
      undefined,
      {
        mediaType: 'application/x-www-form-urlencoded',
        form: true,
        formValues: JSON.parse('{"7":"a","__proto__":"c"}'),
        media: { schema: { type: 'object', properties: JSON.parse('{"7":{"type":"string","example":"a"},"__proto__":{"type":"string","example":"c"}}') } },
      },
    ],
    [
      'language "constructor" -> read like no language',
      { mode: 'raw', raw: 'hi', options: { raw: { language: 'constructor' } } },
      undefined,
      { mediaType: 'text/plain', form: false, media: { schema: { type: 'string' }, example: 'hi' } },
    ],
    ['empty formdata -> no body', { mode: 'formdata', formdata: [] }, undefined, undefined],
  ];
  it.each(cases)('given %s', (_name, definition, contentType, want) => {
    expect(convertBody(body(definition), contentType)).toEqual(want);
  });

  it('given no body -> undefined', () => {
    expect(convertBody(undefined, undefined)).toBeUndefined();
  });
});

describe('formSchema', () => {
  it('a plain key on two enabled rows is an array (both values are sent); one with a disabled alternative stays one field and names it; a [] key sent once is still an array', () => {
    const got = formSchema([
      new FormParam({ key: 'image_id', value: '{{imageHash}}' } as never),
      new FormParam({ key: 'image_id', value: '{{albumHash}}' } as never),
      new FormParam({ key: 'album', value: 'a1' } as never),
      new FormParam({ key: 'album', value: 'a2', disabled: true } as never),
      new FormParam({ key: 'tags[]', value: 'a' } as never),
    ]);
    expect(got).toEqual({
      type: 'object',
      properties: {
        image_id: { type: 'array', items: { type: 'string' }, description: 'The collection sends this field 2 times (every value is sent: an array).' },
        album: { type: 'string', example: 'a1', description: 'The collection writes this field 2 times; disabled rows (not sent) hold alternative values: ["a2"].' },
        'tags[]': { type: 'array', items: { type: 'string' } },
      },
    });
  });

  it('disabled rows are documented as such; rows without a key are dropped', () => {
    const got = formSchema([new FormParam({ key: 'a', value: '1', disabled: true } as never), new FormParam({ key: '', value: 'x' } as never)]);
    expect(got).toEqual({ type: 'object', properties: { a: { type: 'string', example: '1', description: '(Disabled in the collection.)' } } });
  });
});

describe('convertBody: JSON that reading changes or that is too deep', () => {
  it('keeps a body with a repeated key or 1e400 as written, its example valid against its schema', () => {
    const got = convertBody(body({ mode: 'raw', raw: '{"a":1,"a":"dup","n":1e400}', options: { raw: { language: 'json' } } }), undefined, {}, 'dup');
    const example = got?.media.examples?.dup;
    expect(example?.value).toEqual({ a: 'dup', n: null });
    expect(example?.['x-postman-raw']).toBe('{"a":1,"a":"dup","n":1e400}');
    expect(got?.media.schema).toEqual({ type: 'object', properties: { a: { type: 'string' }, n: { type: 'null' } } });
    expect(got?.lenient).toBe(false);
  });

  it('gives JSON nested 150 deep an open schema and keeps it as written', () => {
    const raw = `${'['.repeat(150)}${']'.repeat(150)}`;
    const got = convertBody(body({ mode: 'raw', raw, options: { raw: { language: 'json' } } }), undefined, {}, 'deep');
    expect(got).toMatchObject({ mediaType: 'application/json', tooDeep: true, media: { schema: {}, examples: { deep: { 'x-postman-raw': raw } } } });
    expect(got?.media.examples?.deep?.value).toBeUndefined();
    expect(got?.invalidJson).toBeUndefined();
  });
});
