import pm from 'postman-collection';
import { describe, expect, it } from 'vitest';
import { buildServer, literalOrigin } from '../../src/request/servers.js';
import type { CollectionContext } from '../../src/types.js';
import { parseUrl } from '../../src/request/url.js';

const { Url } = pm;
const url = (raw: string) => {
  const parsed = parseUrl(new Url(raw));
  if (!parsed) throw new Error('empty');
  return parsed;
};
const context = (variables: Record<string, string>, commonOrigin?: string): CollectionContext => ({ variables, commonOrigin, oauth2: undefined });

describe('buildServer', () => {
  const cases: [string, string, CollectionContext, object][] = [
    ['literal host', 'https://api.imgur.com/3/x', context({}), { url: 'https://api.imgur.com' }],
    [
      'host variable without value -> most common host',
      'https://{{hostname}}/3/x',
      context({}, 'https://api.imgur.com'),
      { url: 'https://{hostname}', variables: { hostname: { default: 'api.imgur.com' } } },
    ],
    [
      'host variable with a value -> the value (protocol stripped)',
      'https://{{hostname}}/3/x',
      context({ hostname: 'https://api.imgur.com/' }, 'https://other.io'),
      { url: 'https://{hostname}', variables: { hostname: { default: 'api.imgur.com' } } },
    ],
    [
      'bare base URL variable -> its full value',
      '{{baseUrl}}/v1',
      context({ baseUrl: 'https://api.example.com/' }),
      { url: '{baseUrl}', variables: { baseUrl: { default: 'https://api.example.com' } } },
    ],
    [
      'bare variable with nothing known -> the variable as written, and the description says so (no invented localhost)',
      '{{baseUrl}}/v1',
      context({}),
      { url: '{baseUrl}', variables: { baseUrl: { default: '{{baseUrl}}', description: expect.stringContaining('no value in the collection') } } },
    ],
    [
      'protocol, host and port variables -> three server variables',
      '{{protocol}}://{{host}}:{{port}}/v1',
      context({ protocol: 'https', port: '8443' }),
      {
        url: '{protocol}://{host}:{port}',
        variables: {
          protocol: { default: 'https', description: expect.stringContaining('its value in the collection') },
          host: { default: '{{host}}' },
          port: { default: '8443' },
        },
      },
    ],
    [
      'lone host variable without value -> the most common literal host, named in the description',
      'https://{{host}}/v1',
      context({}, 'https://api.example.com'),
      { variables: { host: { default: 'api.example.com', description: expect.stringContaining('most common literal host (https://api.example.com)') } } },
    ],
  ];
  it.each(cases)('given %s -> server', (_name, raw, ctx, want) => {
    expect(buildServer(url(raw), ctx)).toMatchObject(want);
  });

  it('given a URL without host -> undefined', () => {
    expect(buildServer(url('/just/a/path'), context({}))).toBeUndefined();
  });
});

describe('literalOrigin', () => {
  it.each([
    ['https://api.imgur.com/3', 'https://api.imgur.com'],
    ['https://{{hostname}}/3', undefined],
    ['{{baseUrl}}/x', undefined],
  ])('given %s -> %s', (raw, want) => {
    expect(literalOrigin(url(raw))).toBe(want);
  });
});

describe('buildServer with a port that is not one', () => {
  it('given https://example.com:99999 -> a `port` variable whose description says so, not a literal server', () => {
    const url = parseUrl(new pm.Url('https://example.com:99999/v1'));
    if (!url) throw new Error('no URL');
    const server = buildServer(url, { variables: {}, commonOrigin: undefined, oauth2: undefined });
    expect(server).toEqual({
      url: 'https://example.com:{port}',
      variables: { port: { default: '99999', description: 'The collection writes the port `99999`, which is not a port (0-65535): replace it.' } },
    });
    expect(literalOrigin(url)).toBeUndefined();
  });
});
