import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { collectionOf } from '../support/collection.js';
import { schemaErrors } from '../support/json-schema.js';

describe('number and boolean row values are kept as the text Postman sends', () => {
  it('form and urlencoded rows keep `5` and `true` as "5" and "true"', () => {
    const { document } = convert(
      collectionOf([
        {
          name: 'Form',
          request: {
            method: 'POST',
            url: 'https://a.io/form',
            body: {
              mode: 'formdata',
              formdata: [
                { key: 'count', value: 5, type: 'text' },
                { key: 'active', value: true, type: 'text' },
                { key: 'name', value: 'x', type: 'text' },
              ],
            },
          },
        },
        {
          name: 'Urlencoded',
          request: { method: 'POST', url: 'https://a.io/urlenc', body: { mode: 'urlencoded', urlencoded: [{ key: 'count', value: 5 }] } },
        },
      ]),
    );
    const form = document.paths['/form']?.post?.requestBody?.content['multipart/form-data'];
    expect(form?.example).toEqual({ count: '5', active: 'true', name: 'x' });
    expect(form?.schema?.properties?.count?.example).toBe('5');
    expect(schemaErrors(form?.schema, form?.example)).toEqual([]);
    const urlencoded = document.paths['/urlenc']?.post?.requestBody?.content['application/x-www-form-urlencoded'];
    expect(urlencoded?.example).toEqual({ count: '5' });
  });

  it('query and header rows keep `10`, `false` and `3` as their examples', () => {
    const { document } = convert(
      collectionOf([
        {
          name: 'Query',
          request: {
            method: 'GET',
            url: {
              protocol: 'https',
              host: ['a', 'io'],
              path: ['q'],
              query: [
                { key: 'limit', value: 10 },
                { key: 'flag', value: false },
              ],
            },
            header: [{ key: 'X-Count', value: 3 }],
          },
        },
      ]),
    );
    const params = document.paths['/q']?.get?.parameters ?? [];
    const example = (name: string) => params.find((p) => 'name' in p && p.name === name)?.example;
    expect([example('limit'), example('flag'), example('X-Count')]).toEqual(['10', 'false', '3']);
  });
});
