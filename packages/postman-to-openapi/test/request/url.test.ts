import pm from 'postman-collection';
import { describe, expect, it } from 'vitest';
import { parseUrl, templateSegment } from '../../src/request/url.js';
import { cpuMsSince } from '../support/cpu-ms.js';

const { Url } = pm;

describe('templateSegment', () => {
  const cases: [string, string, string[]][] = [
    ['{{username}}', '{username}', ['username']],
    [':order_id', '{order_id}', ['order_id']],
    ['{accountId}', '{accountId}', ['accountId']],
    ['v{{version}}', 'v{version}', ['version']],
    ['{{ spaced }}', '{spaced}', ['spaced']],
    ['me', 'me', []],
    ['a:b', 'a:b', []],
  ];
  it.each(cases)('given %s -> %s', (segment, text, names) => {
    expect(templateSegment(segment)).toEqual({ text, names });
  });
});

describe('parseUrl', () => {
  const cases: [string, string | object, { origin: string; path: string; pathParams: string[]; bareOrigin?: boolean; literalSegments?: string[] }][] = [
    [
      'absolute URL with {{var}} segments',
      'https://api.imgur.com/3/album/{{albumHash}}/images',
      { origin: 'https://api.imgur.com', path: '/3/album/{albumHash}/images', pathParams: ['albumHash'], literalSegments: ['3', 'album', 'images'] },
    ],
    [
      'host variable keeps the path',
      'https://{{hostname}}/3/account/me/delete?client_id={{clientId}}',
      { origin: 'https://{hostname}', path: '/3/account/me/delete', pathParams: [] },
    ],
    ['bare base URL variable', '{{baseUrl}}/v1/pets/:petId', { origin: '{baseUrl}', path: '/v1/pets/{petId}', pathParams: ['petId'], bareOrigin: true }],
    ['port is kept', 'https://store.example.com:8443/v1/orders', { origin: 'https://store.example.com:8443', path: '/v1/orders', pathParams: [] }],
    ['root path', 'https://example.com/', { origin: 'https://example.com', path: '/', pathParams: [] }],
    ['trailing slash is kept', 'https://example.com/a/', { origin: 'https://example.com', path: '/a/', pathParams: [] }],
    ['repeated variable gets a suffix', 'https://x.io/{{id}}/b/{{id}}', { origin: 'https://x.io', path: '/{id}/b/{id2}', pathParams: ['id', 'id2'] }],
    [
      'URL object without raw',
      { host: ['{{baseUrl}}'], path: ['v1', ':id'], variable: [{ key: 'id', value: 'never-used' }] },
      { origin: '{baseUrl}', path: '/v1/{id}', pathParams: ['id'] },
    ],
    ['the oauth2 token route', 'https://api.imgur.com/oauth2/token', { origin: 'https://api.imgur.com', path: '/oauth2/token', pathParams: [] }],
  ];
  it.each(cases)('given %s -> origin, template and parameters', (_name, input, want) => {
    const got = parseUrl(new Url(input as never));
    expect(got).toMatchObject(want);
    expect(JSON.stringify(got)).not.toContain('never-used');
  });

  it('given an empty URL -> undefined (the request cannot be converted)', () => {
    expect(parseUrl(new Url(''))).toBeUndefined();
    expect(parseUrl(new Url({ raw: '' } as never))).toBeUndefined();
  });
});

describe('parseUrl on hostile URLs', () => {
  it('given one segment repeating {{v}} 5000 times -> unique names v, v2, … v5000 in linear time', () => {
    const started = process.cpuUsage();
    const got = parseUrl(new Url({ host: ['x.io'], path: ['{{v}}'.repeat(5_000)] } as never));
    expect(got?.pathParams).toHaveLength(5_000);
    expect(got?.pathParams.slice(0, 3)).toEqual(['v', 'v2', 'v3']);
    expect(new Set(got?.pathParams).size).toBe(5_000);
    expect(cpuMsSince(started)).toBeLessThan(1_000);
  });

  it('given {{id}}{{id}} and {{id2}} later -> names stay unique in template order', () => {
    expect(parseUrl(new Url('https://x.io/{{id}}{{id}}/{{id2}}'))).toMatchObject({ path: '/{id}{id2}/{id22}', pathParams: ['id', 'id2', 'id22'] });
  });

  it('given a host that is a string and path items that are objects or numbers -> read as text', () => {
    const url = new Url({ host: ['x.io'], path: ['a'] } as never);
    Object.assign(url, { host: 'api.example.com', path: [{ value: ':id' }, 3, null] });
    expect(parseUrl(url)).toMatchObject({ origin: 'http://api.example.com', path: '/{id}/3/', pathParams: ['id'] });
  });

  it('given no protocol -> http, as Postman sends it; an unnamed variable -> a `param` parameter', () => {
    expect(parseUrl(new Url('localhost:3000/api/{{}}/y/{ }'))).toMatchObject({ origin: 'http://localhost:3000', path: '/api/{param}/y/{param2}', pathParams: ['param', 'param2'] });
  });

  it.each(['99999', '65536', 'abc', '-1'])('given the port %s -> a port server variable, flagged', (port) => {
    const got = parseUrl(new Url(`https://example.com:${port}/v1`));
    expect(got).toMatchObject({ origin: 'https://example.com:{port}', invalidPort: { name: 'port', text: port } });
  });

  it('given path segments holding `?` or `#` -> percent-encoded as Postman sends them (%3F, %23), never a query or fragment in the path', () => {
    expect(parseUrl(new Url({ protocol: 'https', host: ['api', 'acme', 'io'], path: ['v1', '?a=1&a=2', 'items'] } as never))).toMatchObject({ path: '/v1/%3Fa=1&a=2/items' });
    expect(parseUrl(new Url({ host: ['x.io'], path: ['v2', '#frag', 'items'] } as never))?.path).toBe('/v2/%23frag/items');
    expect(parseUrl(new Url({ host: ['x.io'], path: ['{{id}}?x#y', ':n'] } as never))).toMatchObject({ path: '/{id}%3Fx%23y/{n}', pathParams: ['id', 'n'] });
  });

  it.each(['0', '443', '65535', '{{port}}'])('given the port %s -> kept', (port) => {
    expect(parseUrl(new Url(`https://example.com:${port}/v1`))?.invalidPort).toBeUndefined();
  });
});
