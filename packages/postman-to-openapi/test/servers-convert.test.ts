import { describe, expect, it } from 'vitest';
import { convert } from '../src/index.js';
import type { JsonValue } from '../src/types.js';
import { recommendedErrors } from './support/validate.js';

const schema = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
const get = (name: string, url: string): JsonValue => ({ name, request: { method: 'GET', url } });
const collection = (item: JsonValue[], variable: JsonValue[] = []) => ({ info: { name: 'c', schema }, variable, item });

describe('servers of whole collections', () => {
  it('a subdomain variable without a value -> the variable as written, never the most common host glued into the host', () => {
    const { document } = convert(collection([get('Login', 'https://auth.acme.com/login'), get('Me', 'https://{{tenant}}.acme.com/api/me')]));
    const server = document.paths['/api/me']?.get?.servers?.[0];
    expect(server?.url).toBe('https://{tenant}.acme.com');
    expect(server?.variables?.tenant?.default).toBe('{{tenant}}');
    expect(JSON.stringify(document.servers)).not.toContain('auth.acme.com.acme.com');
  });

  it('a URL-object host with a trailing slash -> trimmed; a host with `/`, `?`, `#` or a space -> a server variable holding it, a warning, Redocly recommended passes', async () => {
    const obj = (name: string, host: JsonValue, path: string, protocol = 'https'): JsonValue => ({ name, request: { method: 'GET', url: { protocol, host, path: [path] } } });
    const { document, warnings } = convert(
      collection([
        get('ok', 'https://api.a.io/ok'),
        obj('slash', '/', 'a', 'http'),
        obj('array slash', ['/'], 'b'),
        obj('trailing', ['a.io/'], 'c'),
        obj('query', ['a.io?x=1'], 'd'),
        obj('space', ['a io'], 'e'),
        obj('var trailing', ['{{h}}/'], 'f'),
      ]),
    );
    expect(await recommendedErrors(document)).toEqual([]);
    const server = (p: string) => document.paths[p]?.get?.servers?.[0];
    // /a has the document's first server (its operation lists none of its own).
    expect(server('/a')).toBeUndefined();
    expect(document.servers[0]).toEqual({
      url: 'http://{host}',
      variables: { host: { default: '/', description: 'The collection writes the host `/`, which is not a host: replace it.' } },
    });
    expect(server('/b')).toMatchObject({ url: 'https://{host}', variables: { host: { default: '/' } } });
    expect(server('/c')).toEqual({ url: 'https://a.io' });
    expect(server('/d')).toMatchObject({ url: 'https://{host2}', variables: { host2: { default: 'a.io?x=1' } } });
    expect(server('/e')).toMatchObject({ url: 'https://{host3}', variables: { host3: { default: 'a io' } } });
    expect(server('/f')).toMatchObject({ url: 'https://{h}' });
    expect(warnings.map((w) => [w.code, w.request])).toEqual([
      ['invalid-host', 'slash'],
      ['invalid-host', 'array slash'],
      ['invalid-host', 'query'],
      ['invalid-host', 'space'],
    ]);
    expect(warnings[3]?.message).toBe('the host "a io" is not a host name; the server takes it as a variable whose default is that text, to be replaced');
  });

  it('{{}} in the host or port and a stray brace -> server variables holding the text as written, warnings, Redocly recommended passes', async () => {
    const { document, warnings } = convert(
      collection([get('Empty var host', 'https://{{}}/v1/a'), get('Empty var port', 'https://api.acme.com:{{}}/v1/b'), get('Stray brace', 'https://{{tenant}}}/v1/c')]),
    );
    expect(await recommendedErrors(document)).toEqual([]);
    expect(document.paths['/v1/a']?.get?.servers).toEqual([
      { url: 'https://{brace}', variables: { brace: { default: '{{}}', description: 'The collection writes `{{}}` here, which is not a variable: replace it.' } } },
    ]);
    // The first server of the document is that of /v1/b (its operation lists no servers of its own).
    expect(document.paths['/v1/b']?.get?.servers).toBeUndefined();
    expect(document.servers[0]).toMatchObject({ url: 'https://api.acme.com:{port}', variables: { port: { default: '{{}}' } } });
    // Neither odd origin is a literal host, so {{tenant}} (a whole host) has no host to default to.
    expect(document.paths['/v1/c']?.get?.servers?.[0]?.variables?.tenant?.default).toBe('{{tenant}}');
    expect(warnings.map((w) => [w.code, w.request])).toEqual([
      ['invalid-host', 'Empty var host'],
      ['invalid-port', 'Empty var port'],
      ['invalid-host', 'Stray brace'],
    ]);
    expect(warnings[0]?.message).toBe('the server URL writes "{{}}", which is not a variable; the server takes it as a variable whose default is that text, to be replaced');
  });

  it('origins that give one server template with different variables -> distinct templates, never two servers with one URL', () => {
    const { document } = convert(
      collection(
        [
          get('Bad port', 'https://a.io:99999/x'),
          get('Port variable', 'https://a.io:{{port}}/y'),
          get('Other bad port', 'https://a.io:99998/z'),
          get('Empty variable', 'https://{{}}.x.io/a'),
          get('Single braces', 'https://{x}.x.io/b'),
          get('Bad port again', 'https://a.io:99999/w'),
        ],
        [{ key: 'port', value: '8080' }],
      ),
    );
    const all = new Map<string, string>();
    for (const item of Object.values(document.paths))
      for (const s of [...document.servers, ...(item?.get?.servers ?? [])]) {
        const json = JSON.stringify(s);
        expect(all.get(s.url) ?? json).toBe(json);
        all.set(s.url, json);
      }
    const serverOf = (path: string) => document.paths[path]?.get?.servers?.[0] ?? document.servers[0];
    expect(serverOf('/x')).toMatchObject({ url: 'https://a.io:{port}', variables: { port: { default: '99999' } } });
    expect(serverOf('/y')).toMatchObject({ url: 'https://a.io:{port2}', variables: { port2: { default: '8080' } } });
    expect(serverOf('/z')).toMatchObject({ url: 'https://a.io:{port3}', variables: { port3: { default: '99998' } } });
    expect(serverOf('/w')).toEqual(serverOf('/x'));
    expect(serverOf('/a')?.url).toBe('https://{brace}.x.io');
    expect(serverOf('/b')).toMatchObject({ url: 'https://{brace2}.x.io', variables: { brace2: { default: '{x}' } } });
  });

  it('a host variable that is the whole origin, once with a {{port}} (URL object or text) and once without -> two servers, in either order (it never ended before)', () => {
    const withPort: JsonValue = { name: 'With port', request: { method: 'GET', url: { host: ['{{baseUrl}}'], port: '{{port}}', path: ['a'] } } };
    const without = get('Without', '{{baseUrl}}/b');
    const written = get('With port, as text', '{{baseUrl}}:{{port}}/a');
    for (const items of [
      [withPort, without],
      [without, withPort],
      [written, without],
      [without, written],
    ]) {
      const { document } = convert(JSON.stringify(collection(items)));
      const serverOf = (path: string) => document.paths[path]?.get?.servers?.[0] ?? document.servers[0];
      const urls = new Map<string, string>();
      for (const path of ['/a', '/b']) {
        const server = serverOf(path);
        expect(server).toBeDefined();
        const json = JSON.stringify(server);
        expect(urls.get(server!.url) ?? json).toBe(json);
        urls.set(server!.url, json);
      }
      expect(urls.size).toBe(2);
    }
  });

  it('a port beside a host variable that is the whole origin -> kept after it, as Postman sends it (it was dropped, its variable left unused)', async () => {
    const { document, warnings } = convert(
      collection(
        [
          get('Variable port', '{{baseUrl}}:{{port}}/a'),
          get('Literal port', '{{baseUrl}}:8080/b'),
          get('Not a port', '{{baseUrl}}:99999/c'),
          { name: 'Object', request: { method: 'GET', url: { host: ['{{baseUrl}}'], port: '{{port}}', path: ['d'] } } },
        ],
        [{ key: 'baseUrl', value: 'https://a.io' }],
      ),
    );
    const serverOf = (path: string) => document.paths[path]?.get?.servers?.[0] ?? document.servers[0];
    expect(serverOf('/a')).toMatchObject({ url: '{baseUrl}:{port}', variables: { baseUrl: { default: 'https://a.io' }, port: { default: '{{port}}' } } });
    expect(serverOf('/b')).toMatchObject({ url: '{baseUrl}:8080' });
    expect(Object.keys(serverOf('/b')?.variables ?? {})).toEqual(['baseUrl']);
    expect(serverOf('/c')?.url).toMatch(/^\{baseUrl\}:\{port\d*\}$/);
    expect(Object.values(serverOf('/c')?.variables ?? {}).map((v) => v.default)).toContain('99999');
    expect(warnings.map((w) => w.code)).toContain('invalid-port');
    expect(serverOf('/d')).toEqual(serverOf('/a'));
    // Every variable of every server is in its URL, and every variable in a URL is declared.
    for (const server of [...document.servers, ...Object.values(document.paths).flatMap((item) => item?.get?.servers ?? [])])
      for (const name of Object.keys(server.variables ?? {})) expect([server.url, name, server.url.includes(`{${name}}`)]).toEqual([server.url, name, true]);
    expect(await recommendedErrors(document)).toEqual([]);
  });

  it('a base URL variable of 200,000 slashes between text -> converts well under a second', () => {
    const started = performance.now();
    const { document } = convert(collection([get('A', '{{baseUrl}}/v1')], [{ key: 'baseUrl', value: `https://a.io${'/'.repeat(200_000)}x` }]));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(document.servers[0]?.variables?.baseUrl?.default.endsWith('/x')).toBe(true);
  });
});
