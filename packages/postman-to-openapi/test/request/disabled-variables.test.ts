import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { collectionOf } from '../support/collection.js';

const oauth2 = {
  type: 'oauth2',
  oauth2: [
    { key: 'grant_type', value: 'client_credentials' },
    { key: 'accessTokenUrl', value: '{{idp}}/token' },
  ],
};

describe('disabled collection variables', () => {
  it('are not read anywhere, as Postman sends them as written', () => {
    const variable = [
      { key: 'host', value: 'api.internal.io', disabled: true },
      { key: 'n', value: '5', disabled: true },
      { key: 'idp', value: 'https://id.x.io', disabled: true },
      { key: 'dis', value: '9', disabled: true },
    ];
    const items = [
      {
        name: 'R',
        request: {
          method: 'POST',
          url: 'https://{{host}}:443/v1/r',
          auth: oauth2,
          body: { mode: 'raw', raw: '{"n": {{n}}}', options: { raw: { language: 'json' } } },
        },
      },
      {
        name: 'F',
        request: {
          method: 'POST',
          url: 'https://a.io/f',
          description: '| Key | Required | Description |\n|---|---|---|\n| count | required | integer |',
          body: { mode: 'urlencoded', urlencoded: [{ key: 'count', value: '{{dis}}' }] },
        },
      },
    ];
    const off = convert(collectionOf(items, { variable }));
    const on = convert(collectionOf(items, { variable: variable.map(({ key, value }) => ({ key, value })) }));
    const host = (d: typeof off.document) => d.servers?.find((s) => s.url.includes('{host}'))?.variables?.host?.default;
    expect(host(on.document)).toBe('api.internal.io');
    // Without a value, a lone host variable defaults to the collection's common literal host.
    expect(host(off.document)).toBe('a.io');
    const json = (d: typeof off.document) => d.paths['/v1/r']?.post?.requestBody?.content['application/json']?.examples?.r?.value;
    expect(json(on.document)).toEqual({ n: 5 });
    expect(json(off.document)).toEqual({ n: '{{n}}' });
    expect(JSON.stringify(on.document)).toContain('https://id.x.io/token');
    expect(JSON.stringify(off.document)).not.toContain('id.x.io');
    const form = (d: typeof off.document) => {
      const media = d.paths['/f']?.post?.requestBody?.content['application/x-www-form-urlencoded'];
      return media?.example ?? media?.examples?.f?.value;
    };
    expect(form(on.document)).toEqual({ count: 9 });
    expect(form(off.document)).toEqual({ count: '{{dis}}' });
  });
});
