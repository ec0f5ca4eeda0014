import pm from 'postman-collection';
import { describe, expect, it } from 'vitest';
import { buildServer, literalOrigin, strayBraces } from '../../src/request/servers.js';
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

describe('buildServer: a variable that is only part of the host', () => {
  it('given https://{{tenant}}.acme.com with no value -> the variable as written, never the most common host', () => {
    expect(buildServer(url('https://{{tenant}}.acme.com/api/me'), context({}, 'https://auth.acme.com'))).toEqual({
      url: 'https://{tenant}.acme.com',
      variables: {
        tenant: {
          default: '{{tenant}}',
          description: 'Postman variable {{tenant}}, which has no value in the collection; the default is the variable as written there: replace it.',
        },
      },
    });
  });

  it('given a host variable followed by a port -> still the whole host, so the most common host', () => {
    expect(buildServer(url('https://{{host}}:8443/v1'), context({}, 'https://api.acme.com'))).toMatchObject({
      url: 'https://{host}:8443',
      variables: { host: { default: 'api.acme.com' } },
    });
  });
});

describe('buildServer: braces that are not a variable', () => {
  it('given https://{{}} -> a `brace` variable holding the text as written, and no literal origin', () => {
    const u = url('https://{{}}/v1/a');
    expect(buildServer(u, context({}, 'https://api.acme.com'))).toEqual({
      url: 'https://{brace}',
      variables: { brace: { default: '{{}}', description: 'The collection writes `{{}}` here, which is not a variable: replace it.' } },
    });
    expect(literalOrigin(u)).toBeUndefined();
    expect(strayBraces(u)).toBe('{{}}');
  });

  it('given https://{{tenant}}} -> {tenant} then the stray `}` as its own variable', () => {
    const u = url('https://{{tenant}}}/v1/c');
    expect(buildServer(u, context({ tenant: 'acme.io' }))).toEqual({
      url: 'https://{tenant}{brace}',
      variables: {
        tenant: { default: 'acme.io', description: 'Postman variable {{tenant}}; the default is its value in the collection.' },
        brace: { default: '}', description: 'The collection writes `}` here, which is not a variable: replace it.' },
      },
    });
    expect(strayBraces(u)).toBe('}');
  });

  it('given a port written {{}} -> the invalid-port variable, not a literal origin', () => {
    const u = url('https://api.acme.com:{{}}/v1/b');
    expect(u.invalidPort).toEqual({ name: 'port', text: '{{}}' });
    expect(buildServer(u, context({}))).toEqual({
      url: 'https://api.acme.com:{port}',
      variables: { port: { default: '{{}}', description: 'The collection writes the port `{{}}`, which is not a port (0-65535): replace it.' } },
    });
    expect(literalOrigin(u)).toBeUndefined();
    expect(strayBraces(u)).toBeUndefined();
  });

  it('given every variable well written -> no stray braces', () => {
    expect(strayBraces(url('{{protocol}}://{{host}}:{{port}}/v1'))).toBeUndefined();
    expect(strayBraces(url('https://api.acme.com/v1'))).toBeUndefined();
  });

  it('given origins one after another -> each answered for itself (same origin, another origin, the first again)', () => {
    expect(strayBraces(url('https://{{}}/a'))).toBe('{{}}');
    expect(strayBraces(url('https://{{}}/b'))).toBe('{{}}');
    expect(strayBraces(url('https://{{host}}/a'))).toBeUndefined();
    expect(strayBraces(url('https://{{tenant}}}/a'))).toBe('}');
    // The same origin text with and without `tenant` as a variable of it.
    expect(strayBraces(url('https://{tenant}/a'))).toBe('{tenant}');
    expect(strayBraces(url('https://{{}}/c'))).toBe('{{}}');
  });
});

describe('buildServer: linear in the length of variable values', () => {
  // `/\/+$/` on `https://a.io` + n slashes + `x` backtracks from every slash: quadratic (200,000 slashes took 33 s).
  it.each([
    ['a bare base URL', '{{baseUrl}}/v1', 'baseUrl'],
    ['a host', 'https://{{host}}/v1', 'host'],
    ['a protocol', '{{protocol}}://a.io/v1', 'protocol'],
  ])('given %s variable of 200,000 slashes between text -> well under a second, value kept', (_name, raw, name) => {
    const value = `https://a.io${'/'.repeat(200_000)}x`;
    const started = performance.now();
    const server = buildServer(url(raw), context({ [name]: value }));
    expect(performance.now() - started).toBeLessThan(500);
    expect(server?.variables?.[name]?.default.endsWith('/x')).toBe(true);
  });

  it('given values ending in slashes -> the slashes dropped as before', () => {
    expect(buildServer(url('{{baseUrl}}/v1'), context({ baseUrl: 'https://a.io///' }))?.variables?.baseUrl?.default).toBe('https://a.io');
    expect(buildServer(url('https://{{host}}/v1'), context({ host: 'https://a.io//' }))?.variables?.host?.default).toBe('a.io');
    expect(buildServer(url('{{protocol}}://a.io/v1'), context({ protocol: 'https://' }))?.variables?.protocol?.default).toBe('https');
  });
});
