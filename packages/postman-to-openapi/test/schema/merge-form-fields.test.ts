import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import type { SchemaObject } from '../../src/types.js';
import { collectionOf } from '../support/collection.js';

const form = (name: string, image: object, description?: string) => ({
  name,
  request: {
    method: 'POST',
    url: 'https://a.io/up',
    ...(description ? { description } : {}),
    body: {
      mode: 'formdata',
      formdata: [
        { key: 'image', ...image },
        { key: 'title', type: 'text', value: 't' },
      ],
    },
  },
});
const file = { type: 'file', src: '/x.png' };
const text = { type: 'text', value: 'http://v' };
const table = 'x\n\n| Key | Required | Description |\n|---|---|---|\n| image | required | binary or url |\n| title | required | text |\n';
const schemaOf = (items: object[]): SchemaObject | undefined =>
  convert(collectionOf(items)).document.paths['/up']?.post?.requestBody?.content['multipart/form-data']?.schema as SchemaObject | undefined;

describe('merged form fields', () => {
  it('a field one request sends as a file and a merged one as text -> takes a file or text, like both rows in one request', () => {
    const image = schemaOf([form('File', file), form('Text', text)])?.properties?.image;
    expect(image?.anyOf).toEqual([
      { type: 'string', format: 'binary' },
      { type: 'string', example: 'http://v' },
    ]);
    expect(image?.description).toContain('it takes a file or text');
    // The other order: the file branch still comes first.
    expect(schemaOf([form('Text', text), form('File', file)])?.properties?.image?.anyOf?.[0]).toEqual({ type: 'string', format: 'binary' });
  });

  it('a table that requires fields, on one of the merged requests -> still required when every other request sends them', () => {
    expect(schemaOf([form('File', file, table), form('Text', text)])?.required).toEqual(['image', 'title']);
    expect(schemaOf([form('Text', text), form('File', file, table)])?.required).toEqual(['image', 'title']);
    // A merged request that does not send `image` leaves it optional.
    const without = { name: 'No image', request: { method: 'POST', url: 'https://a.io/up', body: { mode: 'formdata', formdata: [{ key: 'title', type: 'text', value: 't' }] } } };
    expect(schemaOf([form('File', file, table), without])?.required).toEqual(['title']);
  });
});
