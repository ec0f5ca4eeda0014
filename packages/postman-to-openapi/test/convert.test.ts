import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';
import { ConversionError } from '../src/errors.js';
import type { JsonObject, JsonValue } from '../src/types.js';
import { leakedSegments } from './support/leaks.js';
import { openApiErrors } from './support/validate.js';

const schema = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
const req = (name: string, method: string, url: string, header: JsonObject[] = []): JsonObject => ({ name, request: { method, url, header } });
const collection = (item: JsonObject[], variable: JsonObject[] = []): JsonObject => ({ info: { name: 'C', schema }, item, variable });

describe('convert', () => {
  it('accepts JSON text and objects alike', () => {
    const c = collection([req('A', 'GET', 'https://x.io/a')]);
    expect(convert(JSON.stringify(c)).document).toEqual(convert(c).document);
  });

  it('refuses unusable input with the source name', () => {
    expect(() => convert('nope', { source: 'in.json' })).toThrow(/^in\.json: not valid JSON/);
    expect(() => convert({ info: { schema: 'x' }, item: [] }, { source: 'in.json' })).toThrow(ConversionError);
  });

  it('never bakes a variable value into a path', () => {
    const c = collection(
      [req('U', 'GET', 'https://x.io/users/{{username}}/items/:itemId')],
      [
        { key: 'username', value: 'alice' },
        { key: 'itemId', value: '42' },
      ],
    );
    const { document } = convert(c);
    expect(Object.keys(document.paths)).toEqual(['/users/{username}/items/{itemId}']);
    expect(leakedSegments(c, document)).toEqual([]);
    expect(JSON.stringify(document)).not.toContain('alice');
    expect(leakedSegments(c, { ...document, paths: { '/users/alice/items/{itemId}': {} } })).toEqual(['/users/alice/items/{itemId}: alice']);
  });

  it('paths equivalent across methods get one template; the rename is reported', () => {
    const c = collection([{ name: 'Album', item: [req('Get', 'GET', 'https://x.io/album/{{albumHash}}'), req('Del', 'DELETE', 'https://x.io/album/{{albumDeleteHash}}')] }]);
    const { document, warnings, summary } = convert(c);
    expect(Object.keys(document.paths)).toEqual(['/album/{albumHash}']);
    expect(document.paths['/album/{albumHash}']?.delete?.parameters?.[0]?.['x-aliases']).toEqual(['albumDeleteHash']);
    expect(warnings.map((w) => [w.code, w.pointer])).toEqual([['path-param-renamed', '/item/0/item/1/request/url']]);
    expect(summary).toEqual({ requests: 2, operations: 2, merged: 0, skipped: 0, warnings: 1 });
  });

  it('counts: requests = operations + merged + skipped', () => {
    const c = collection([req('A', 'POST', 'https://x.io/soap'), req('B', 'POST', 'https://x.io/soap'), req('C', 'GET', ''), req('D', 'GET', 'https://x.io/d')]);
    const { summary } = convert(c);
    expect(summary).toMatchObject({ requests: 4, operations: 2, merged: 1, skipped: 1 });
    expect(summary.requests).toBe(summary.operations + summary.merged + summary.skipped);
  });

  it.each<[string, unknown, RegExp]>([
    ['null options', null, /^options must be an object \(got null\)$/],
    ['options as text', 'strict', /^options must be an object \(got a string\)$/],
    ['options as an array', [], /^options must be an object \(got an array\)$/],
    ['an object as title', { title: { x: 1 } }, /^options\.title must be a string \(got an object\)$/],
    ['a number as version', { version: 2 }, /^options\.version must be a string \(got a number\)$/],
    ['a string as strict', { strict: 'yes' }, /^options\.strict must be true or false \(got a string\)$/],
    ['null as source', { source: null }, /^options\.source must be a string \(got null\)$/],
    [
      'a title whose getter throws',
      Object.defineProperty({}, 'title', {
        enumerable: true,
        get() {
          throw new Error('no title');
        },
      }),
      /^options\.title could not be read \(Error: no title\)$/,
    ],
    [
      'a version whose getter throws something that cannot be written as text',
      Object.defineProperty({}, 'version', {
        get() {
          throw {
            toString() {
              throw new Error('no text');
            },
          };
        },
      }),
      /^options\.version could not be read \(an error that cannot be shown\)$/,
    ],
    [
      'a revoked proxy as options',
      (() => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      })(),
      /^options could not be read \(TypeError: /,
    ],
  ])('refuses %s with a ConversionError naming the option', (_name, options, message) => {
    const c = collection([req('A', 'GET', 'https://x.io/a')]);
    const call = (): unknown => convert(c, options as never);
    expect(call).toThrow(ConversionError);
    expect(call).toThrow(message);
  });

  it('takes options left undefined as not given', () => {
    const c = collection([req('A', 'GET', 'https://x.io/a')]);
    expect(convert(c, { title: undefined, version: undefined, strict: undefined, source: undefined }).document).toEqual(convert(c).document);
    expect(convert(c, undefined).document.info.title).toBe('C');
  });

  it('strict: any warning -> ConversionError listing every warning', () => {
    const c = collection([req('A', 'POST', 'https://x.io/soap'), req('B', 'POST', 'https://x.io/soap')]);
    expect(() => convert(c, { strict: true, source: 's.json' })).toThrow(/^s\.json: 1 warning\(s\) in strict mode:\nB \(\/item\/1\): POST \/soap merged/);
    expect(convert(collection([req('A', 'GET', 'https://x.io/a')]), { strict: true }).warnings).toEqual([]);
  });

  it('is deterministic: the same input gives the same document twice', () => {
    const c = collection([req('A', 'GET', 'https://x.io/a?x=1'), req('B', 'POST', 'https://x.io/b', [{ key: 'Authorization', value: 'Bearer t' }])]);
    expect(JSON.stringify(convert(c))).toBe(JSON.stringify(convert(c)));
  });
});

describe('convert on hostile input', () => {
  const hostile: [string, JsonObject][] = [
    ['request null', { name: 'a', request: null }],
    ['numeric url', { name: 'b', request: { url: 42, method: 'GET' } }],
    ['non-array headers', { name: 'c', request: { url: 'https://x.io/a', header: 'nope', method: 'GET' } }],
    ['response with a non-numeric code and a numeric body', { name: 'i', request: { url: 'https://x.io/a', method: 'GET' }, response: [{ code: 'x', body: 5 }] }],
  ];
  it.each(hostile)('given %s -> converts or skips with a warning, never crashes', (_name, item) => {
    const { summary } = convert(collection([item]));
    expect(summary.operations + summary.skipped).toBe(1);
  });

  it.each(['__proto__', 'constructor', 'toString'])('given a request and a folder auth of type %s -> converted, the auth reported as unsupported', (type) => {
    const auth = JSON.parse(`{"type": ${JSON.stringify(type)}, "basic": {"username": "u"}}`) as JsonObject;
    const c = collection([{ name: 'F', auth, item: [{ name: 'R', request: { method: 'GET', url: 'https://x.io/a', auth } }, req('S', 'GET', 'https://x.io/b')] }]);
    const { summary, warnings } = convert(JSON.stringify(c));
    expect(summary).toMatchObject({ requests: 2, operations: 2, skipped: 0 });
    expect(warnings.map((w) => [w.code, w.pointer, w.message])).toEqual([
      ['unsupported-auth', '/item/0/item/0/request/auth', `auth type "${type}" has no OpenAPI security scheme; declared as "UnknownAuth" with \`x-postman-auth\``],
      ['unsupported-auth', '/item/0/item/1/request/auth', `auth type "${type}" has no OpenAPI security scheme; declared as "UnknownAuth" with \`x-postman-auth\``],
    ]);
  });

  it('given model pages named like object prototype members -> unknown models, valid component names', async () => {
    const description = '#### Response Model: [X](https://api.imgur.com/models/__proto__) OR [Y](https://api.imgur.com/models/constructor)';
    const { document, warnings } = convert(collection([{ name: 'A', request: { method: 'GET', url: 'https://a.io/m', description } }]));
    const schema = document.paths['/m']?.get?.responses['200']?.content?.['application/json']?.schema;
    expect(schema).toEqual({ anyOf: [{ $ref: '#/components/schemas/Proto' }, { $ref: '#/components/schemas/Constructor' }] });
    expect(Object.keys(document.components?.schemas ?? {})).toEqual(['Constructor', 'Proto']);
    expect(warnings.filter((w) => w.code === 'unknown-model').map((w) => w.message)).toEqual([
      'model page "__proto__" is not in the model table; using component "Proto"',
      'model page "constructor" is not in the model table; using component "Constructor"',
    ]);
    expect(await openApiErrors(document)).toEqual([]);
  });

  it('any JSON in items, requests, URLs and bodies -> a result or a ConversionError, and the counts add up', () => {
    const json = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<JsonValue>;
    const item = fc.record(
      {
        name: fc.oneof(fc.string(), json),
        request: fc.oneof(
          json,
          fc.record({
            method: fc.oneof(fc.constantFrom('GET', 'POST', 'delete'), json),
            url: fc.oneof(fc.webUrl(), json),
            header: json,
            body: json,
            auth: json,
            description: json,
          }),
        ),
        response: json,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 4 }), (items) => {
        try {
          const { summary } = convert(collection(items as JsonObject[]));
          expect(summary.operations + summary.merged + summary.skipped).toBe(summary.requests);
        } catch (error) {
          expect(error).toBeInstanceOf(ConversionError);
        }
      }),
      { numRuns: 200, seed: 20261127 },
    );
  });
});

describe('convert output validity on generated collections', () => {
  it('random folders, names, methods, URLs with variables and auth headers -> valid OpenAPI 3.1', async () => {
    const segment = fc.oneof(fc.constantFrom('a', 'b', 'me', '3', 'v1'), fc.constantFrom('{{id}}', ':id', '{{name}}', '{{x-y}}', '{other}'));
    const request = fc.record({
      name: fc.string({ maxLength: 12 }),
      request: fc.record({
        method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
        url: fc
          .tuple(fc.constantFrom('https://x.io', '{{baseUrl}}', 'https://{{host}}'), fc.array(segment, { maxLength: 4 }), fc.constantFrom('', '?q=1', '?a={{a}}&b'))
          .map(([origin, path, query]) => `${origin}/${path.join('/')}${query}`),
        header: fc.subarray([
          { key: 'Authorization', value: 'Client-ID {{c}}' },
          { key: 'Authorization', value: 'Bearer {{t}}', disabled: true },
          { key: 'X-A', value: '1' },
        ]),
        description: fc.constantFrom(
          '',
          'Text.\n\n#### Response Model: [Image](https://api.imgur.com/models/image)',
          '| Key | Required | Description |\n|---|---|---|\n| id | required | x |',
        ),
      }),
    });
    const folder = fc.record({ name: fc.string({ maxLength: 8 }), item: fc.array(request, { maxLength: 4 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(folder, request), { maxLength: 4 }), async (items) => {
        const { document } = convert(collection(items as unknown as JsonObject[]));
        expect(await openApiErrors(document)).toEqual([]);
      }),
      { numRuns: 40, seed: 7 },
    );
  });
});
