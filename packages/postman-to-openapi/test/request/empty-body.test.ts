import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { collectionOf } from '../support/collection.js';

describe('no body on GET unless it carries content', () => {
  it('a GET whose form rows are all disabled has no request body; a POST keeps it', () => {
    const rows = { mode: 'urlencoded', urlencoded: [{ key: 'q', value: '1', disabled: true }] };
    const { document } = convert(
      collectionOf([
        { name: 'G', request: { method: 'GET', url: 'https://a.io/a', body: rows } },
        { name: 'P', request: { method: 'POST', url: 'https://a.io/a', body: rows } },
      ]),
    );
    expect(document.paths['/a']?.get?.requestBody).toBeUndefined();
    expect(document.paths['/a']?.post?.requestBody?.content['application/x-www-form-urlencoded']).toBeDefined();
  });

  it('a GET with an enabled file row keeps its body', () => {
    const { document } = convert(
      collectionOf([{ name: 'G', request: { method: 'GET', url: 'https://a.io/a', body: { mode: 'formdata', formdata: [{ key: 'f', type: 'file', src: '/a.png' }] } } }]),
    );
    expect(document.paths['/a']?.get?.requestBody).toBeDefined();
  });
});
