import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { collectionOf } from '../support/collection.js';

const post = (name: string, path: string, body: unknown) => ({ name, request: { method: 'POST', url: `https://a.io${path}`, body } });
const codes = (warnings: ReturnType<typeof convert>['warnings']) => warnings.map((w) => [w.code, w.pointer]);

describe('GraphQL variables that do not parse or are not an object', () => {
  it('are kept as written and reported as invalid-json', () => {
    const query = 'query { a }';
    const { document, warnings } = convert(
      collectionOf([
        post('Bad', '/g1', { mode: 'graphql', graphql: { query, variables: '{"id": "1"' } }),
        post('Text', '/g2', { mode: 'graphql', graphql: { query, variables: '"s"' } }),
        post('List', '/g3', { mode: 'graphql', graphql: { query, variables: [1] } }),
        post('Fine', '/g4', { mode: 'graphql', graphql: { query, variables: '{"id": 1}' } }),
      ]),
    );
    const example = (path: string) => document.paths[path]?.post?.requestBody?.content['application/json']?.example;
    expect([example('/g1'), example('/g2'), example('/g3')]).toEqual([
      { query, variables: '{"id": "1"' },
      { query, variables: 's' },
      { query, variables: [1] },
    ]);
    expect(codes(warnings)).toEqual([
      ['invalid-json', '/item/0/request/body/graphql'],
      ['invalid-json', '/item/1/request/body/graphql'],
      ['invalid-json', '/item/2/request/body/graphql'],
    ]);
    expect(warnings[0]?.message).toContain('does not parse');
    expect(warnings[1]?.message).toContain('text');
    expect(warnings[2]?.message).toContain('an array');
  });
});

describe('a raw body that is not text, a GraphQL body that is not an object', () => {
  it('keeps a raw object as a JSON example and says so', () => {
    const { document, warnings } = convert(collectionOf([post('Raw', '/a', { mode: 'raw', raw: { a: 1 } })]));
    const media = document.paths['/a']?.post?.requestBody?.content['application/json'];
    expect(media?.example).toEqual({ a: 1 });
    expect(media?.schema?.type).toBe('object');
    expect(codes(warnings)).toEqual([['invalid-json', '/item/0/request/body/raw']]);
  });

  it('keeps a GraphQL body given as text as written (no empty query is made up) and says so', () => {
    const { document, warnings } = convert(collectionOf([post('G', '/b', { mode: 'graphql', graphql: 'query { x }' })]));
    const media = document.paths['/b']?.post?.requestBody?.content['application/json'];
    expect(media?.example).toBe('query { x }');
    expect(JSON.stringify(document)).not.toContain('"query":""');
    expect(codes(warnings)).toEqual([['invalid-json', '/item/0/request/body/graphql']]);
  });
});

describe('an auth that is not an object', () => {
  it('is reported as unsupported-auth, and the request keeps the auth it inherits', () => {
    const bearer = { type: 'bearer', bearer: [{ key: 'token', value: '{{t}}' }] };
    const { document, warnings } = convert(
      collectionOf(
        [
          { name: 'Text', request: { method: 'GET', url: 'https://a.io/c', auth: 'bearer' } },
          { name: 'List', request: { method: 'GET', url: 'https://a.io/d', auth: [] } },
        ],
        { auth: bearer },
      ),
    );
    const plain = convert(collectionOf([{ name: 'Text', request: { method: 'GET', url: 'https://a.io/c', auth: 'bearer' } }]));
    expect(document.paths['/c']?.get?.security).toEqual(document.paths['/d']?.get?.security);
    expect(document.paths['/c']?.get?.security).toHaveLength(1);
    expect(codes(warnings).filter(([code]) => code === 'unsupported-auth')).toEqual([
      ['unsupported-auth', '/item/0/request/auth'],
      ['unsupported-auth', '/item/1/request/auth'],
    ]);
    expect(codes(plain.warnings)).toEqual([['unsupported-auth', '/item/0/request/auth']]);
    expect(plain.warnings[0]?.message).toContain('not read');
  });
});

describe('a folder or collection auth that is not an object', () => {
  it('is reported once, at the first request inheriting past it, and the auth above it applies', () => {
    const bearer = { type: 'bearer', bearer: [{ key: 'token', value: '{{t}}' }] };
    const get = (name: string, path: string) => ({ name, request: { method: 'GET', url: `https://a.io${path}` } });
    const { document, warnings } = convert(collectionOf([{ name: 'F', auth: 'basic', item: [get('One', '/one'), get('Two', '/two')] }], { auth: bearer }));
    expect(document.paths['/one']?.get?.security).toHaveLength(1);
    const unread = warnings.filter((w) => w.code === 'unsupported-auth');
    expect(unread.map((w) => w.pointer)).toEqual(['/item/0/item/0/request/auth']);
    expect(unread[0]?.message).toContain('/item/0/auth');
    const top = convert(collectionOf([get('One', '/one')], { auth: ['x'] }));
    expect(top.warnings.map((w) => [w.code, w.message.includes('collection auth')])).toEqual([['unsupported-auth', true]]);
  });
});

describe('raw bodies false and 0, bodies of an unknown mode or shape', () => {
  it('keeps false and 0 as JSON examples like true and 5, and says so', () => {
    const { document, warnings } = convert(
      collectionOf([post('False', '/f', { mode: 'raw', raw: false, options: { raw: { language: 'json' } } }), post('Zero', '/z', { mode: 'raw', raw: 0 })]),
    );
    expect(document.paths['/f']?.post?.requestBody?.content['application/json']?.example).toBe(false);
    expect(document.paths['/z']?.post?.requestBody?.content['application/json']?.example).toBe(0);
    expect(codes(warnings)).toEqual([
      ['invalid-json', '/item/0/request/body/raw'],
      ['invalid-json', '/item/1/request/body/raw'],
    ]);
  });

  it('reads an unknown mode as raw, as the Postman library does, and reports it and what is left out by pointer', () => {
    const { document, warnings } = convert(
      collectionOf([
        post('Mode', '/m', { mode: 'nope', raw: '{"a":1}' }),
        post('Text form', '/u', { mode: 'urlencoded', urlencoded: 'a=b' }),
        post('Number', '/n', 5),
        post('Empty', '/e', {}),
      ]),
    );
    expect(document.paths['/m']?.post?.requestBody?.content['application/json']?.example).toEqual({ a: 1 });
    expect(codes(warnings)).toEqual([
      ['invalid-json', '/item/0/request/body/mode'],
      ['invalid-json', '/item/1/request/body/urlencoded'],
      ['invalid-json', '/item/2/request/body'],
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      'body mode "nope" is not a Postman body mode; read as a raw body, as the Postman library reads it',
      'urlencoded body is text, not a list of rows; not read: the request has no body',
      'body is a number, not an object; not read: the request has no body',
    ]);
  });
});

describe('values that were replaced or dropped with no word', () => {
  const bearer = { auth: { type: 'bearer', bearer: [{ key: 'token', value: 't' }] } };
  it('a form value that is an object or array is sent as its JSON text', () => {
    const { document } = convert(
      collectionOf([
        post('Form', '/form', {
          mode: 'urlencoded',
          urlencoded: [
            { key: 'obj', value: { a: 1 } },
            { key: 'arr', value: [1, 2] },
          ],
        }),
      ]),
    );
    expect(document.paths['/form']?.post?.requestBody?.content['application/x-www-form-urlencoded']?.example).toEqual({ obj: '{"a":1}', arr: '[1,2]' });
  });

  it('an auth whose type is not text is reported, and the request keeps the auth it inherits', () => {
    const { document, warnings } = convert(collectionOf([{ name: 'A', request: { method: 'GET', url: 'https://a.io/auth', auth: { type: 5 } } }], bearer));
    expect(document.paths['/auth']?.get?.security).toEqual([{ BearerAuth: [] }]);
    expect(codes(warnings)).toEqual([['unsupported-auth', '/item/0/request/auth/type']]);
  });

  it('GraphQL variables text that reads as null is reported like one that reads as a number', () => {
    const { warnings } = convert(collectionOf([post('G', '/gql', { mode: 'graphql', graphql: { query: 'query { a }', variables: 'null' } })]));
    expect(codes(warnings)).toEqual([['invalid-json', '/item/0/request/body/graphql']]);
    expect(warnings[0]?.message).toBe('GraphQL variables text reads as null, not an object; kept in the example as it reads');
  });

  it('an OAuth 2 scope given as an array is read as its text items', () => {
    const oauth2 = [
      { key: 'grant_type', value: 'client_credentials' },
      { key: 'accessTokenUrl', value: 'https://t.io/tok' },
      { key: 'scope', value: ['a', 'b', 3] },
    ];
    const { document } = convert(collectionOf([{ name: 'S', request: { method: 'GET', url: 'https://a.io/scope', auth: { type: 'oauth2', oauth2 } } }]));
    const security = document.paths['/scope']?.get?.security ?? [];
    expect(Object.values(security[0] ?? {})[0]).toEqual(['a', 'b']);
  });
});

describe('a body mode that is not text', () => {
  it('is read as the Postman library reads it (its text; an unknown one as raw) and reported', () => {
    const { document, warnings } = convert(
      collectionOf([
        post('Number', '/n', { mode: 5, raw: '{"z":1}' }),
        post('Object', '/o', { mode: { m: 'raw' }, raw: 'hello' }),
        post('List', '/l', { mode: ['urlencoded'], urlencoded: [{ key: 'a', value: 'b' }] }),
        post('None', '/x', { mode: false, raw: '{"q":1}' }),
        {
          name: 'Saved',
          request: { method: 'POST', url: 'https://a.io/s' },
          response: [{ name: 'Ex', code: 200, body: '{}', originalRequest: { method: 'POST', url: 'https://a.io/s', body: { mode: true, raw: '{"y":2}' } } }],
        },
      ]),
    );
    expect(document.paths['/n']?.post?.requestBody?.content['application/json']?.example).toEqual({ z: 1 });
    expect(document.paths['/o']?.post?.requestBody?.content['text/plain']?.example).toBe('hello');
    expect(document.paths['/l']?.post?.requestBody?.content['application/x-www-form-urlencoded']?.example).toEqual({ a: 'b' });
    expect(document.paths['/x']?.post?.requestBody).toBeUndefined();
    expect(document.paths['/s']?.post?.requestBody?.content['application/json']?.examples?.ex?.value).toEqual({ y: 2 });
    expect(codes(warnings)).toEqual([
      ['invalid-json', '/item/0/request/body/mode'],
      ['invalid-json', '/item/1/request/body/mode'],
      ['invalid-json', '/item/2/request/body/mode'],
      ['invalid-json', '/item/3/request/body/raw'],
      ['invalid-json', '/item/4/response/0/originalRequest/body/mode'],
    ]);
    expect(warnings[0]?.message).toBe('body mode is a number, not text; read as a raw body, as the Postman library reads it');
    expect(warnings[2]?.message).toBe('body mode is an array, not text; read as a urlencoded body, as the Postman library reads it');
  });
});

describe('a body mode that means no body', () => {
  it('sends no body for an empty mode, as the Postman library, and reports content that is not sent', () => {
    const { document, warnings } = convert(
      collectionOf([
        post('Empty', '/e', { mode: '', raw: '{"a":1}', options: { raw: { language: 'json' } } }),
        post('Null', '/n', { mode: null, raw: '{"b":2}' }),
        post('Zero', '/z', { mode: 0, urlencoded: [{ key: 'a', value: 'b' }] }),
        post('Nothing', '/x', { mode: '', raw: '' }),
        {
          name: 'Saved',
          request: { method: 'POST', url: 'https://a.io/s' },
          response: [{ name: 'Ex', code: 200, body: '{}', originalRequest: { method: 'POST', url: 'https://a.io/s', body: { mode: false, raw: '{"y":2}' } } }],
        },
      ]),
    );
    for (const path of ['/e', '/n', '/z', '/x', '/s']) expect(document.paths[path]?.post?.requestBody).toBeUndefined();
    expect(codes(warnings)).toEqual([
      ['invalid-json', '/item/0/request/body/raw'],
      ['invalid-json', '/item/1/request/body/raw'],
      ['invalid-json', '/item/2/request/body/urlencoded'],
      ['invalid-json', '/item/4/response/0/originalRequest/body/raw'],
    ]);
    expect(warnings[0]?.message).toBe('body mode is empty text, so no body is sent, as the Postman library reads it; its raw content is not sent');
    expect(warnings[1]?.message).toBe('body mode is null, so no body is sent, as the Postman library reads it; its raw content is not sent');
    expect(warnings[3]?.message).toBe('saved example "Ex": body mode is a boolean, so no body is sent, as the Postman library reads it; its raw content is not sent');
  });
});

describe('what a body holds that Postman does not send, reported by pointer', () => {
  it('content beside no mode at all: no body, and each member with content reported as not sent', () => {
    const { document, warnings } = convert(collectionOf([post('NoMode', '/n', { raw: '{"a":1}' }), post('Empty', '/e', {})]));
    expect(document.paths['/n']?.post?.requestBody).toBeUndefined();
    expect(codes(warnings)).toEqual([['invalid-json', '/item/0/request/body/raw']]);
    expect(warnings[0]?.message).toContain('body has no mode, so no body is sent');
  });

  it('form rows that are not objects, and file rows whose src is not text', () => {
    const { document, warnings } = convert(
      collectionOf([
        post('Rows', '/r', {
          mode: 'formdata',
          formdata: [5, null, 'k:v', { key: 'f', type: 'file', src: { path: '/x' } }, { key: 'g', type: 'file', src: ['/a', 7] }, { key: 't', value: 'ok' }],
        }),
        post('Url', '/u', { mode: 'urlencoded', urlencoded: [true, { key: 'a', value: 'b' }] }),
      ]),
    );
    expect(document.paths['/r']?.post?.requestBody?.content['multipart/form-data']?.example).toMatchObject({ t: 'ok' });
    expect(codes(warnings)).toEqual([
      ['invalid-json', '/item/0/request/body/formdata/0'],
      ['invalid-json', '/item/0/request/body/formdata/1'],
      ['invalid-json', '/item/0/request/body/formdata/2'],
      ['invalid-json', '/item/0/request/body/formdata/3/src'],
      ['invalid-json', '/item/0/request/body/formdata/4/src/1'],
      ['invalid-json', '/item/1/request/body/urlencoded/0'],
    ]);
    expect(warnings[0]?.message).toBe('formdata row 0 is a number, not an object; not read (the Postman library sends no field for it)');
    expect(warnings[3]?.message).toContain("file row 3's src is an object, not text");
  });
});

describe('form rows whose key is not text, and src lists with items that are not text', () => {
  it('a row whose key is null, an object or true is reported at its key (a number key is kept as its text)', () => {
    const { document, warnings } = convert(
      collectionOf([
        post('Keys', '/k', {
          mode: 'formdata',
          formdata: [
            { key: null, value: 'v1' },
            { key: { a: 1 }, value: 'v2' },
            { key: true, value: 'v3' },
            { key: 5, value: 'v4' },
            { key: 'name', value: 'ok' },
          ],
        }),
        post('Url', '/u', { mode: 'urlencoded', urlencoded: [{ key: [1], value: 'v5' }] }),
      ]),
    );
    expect(document.paths['/k']?.post?.requestBody?.content['multipart/form-data']?.example).toEqual({ 5: 'v4', name: 'ok' });
    expect(codes(warnings)).toEqual([
      ['invalid-json', '/item/0/request/body/formdata/0/key'],
      ['invalid-json', '/item/0/request/body/formdata/1/key'],
      ['invalid-json', '/item/0/request/body/formdata/2/key'],
      ['invalid-json', '/item/1/request/body/urlencoded/0/key'],
    ]);
    expect(warnings[0]?.message).toBe('formdata row 0\'s key is null, not text; the row is left out (its value "v1" is not in the example)');
    expect(warnings[2]?.message).toBe('formdata row 2\'s key is a boolean, not text; the row is left out (its value "v3" is not in the example)');
  });

  it("the same in a saved example's original request", () => {
    const { warnings } = convert(
      collectionOf([
        {
          name: 'Saved',
          request: { method: 'POST', url: 'https://a.io/s', body: { mode: 'formdata', formdata: [{ key: 'a', value: '1' }] } },
          response: [{ name: 'ex', code: 200, originalRequest: { method: 'POST', url: 'https://a.io/s', body: { mode: 'formdata', formdata: [{ key: null, value: 'lost' }] } } }],
        },
      ]),
    );
    expect(codes(warnings)).toEqual([['invalid-json', '/item/0/response/0/originalRequest/body/formdata/0/key']]);
  });

  it('a src list with items that are not text: each such item is reported at its own pointer, the example lists the text items', () => {
    const { document, warnings } = convert(
      collectionOf([
        post('List', '/l', { mode: 'formdata', formdata: [{ key: 'doc', type: 'file', src: ['/ok.pdf', 3, null] }] }),
        post('None', '/n', { mode: 'formdata', formdata: [{ key: 'doc', type: 'file', src: [true] }] }),
      ]),
    );
    expect(document.paths['/l']?.post?.requestBody?.content['multipart/form-data']?.example).toEqual({ doc: '/ok.pdf' });
    expect(document.paths['/n']?.post?.requestBody?.content['multipart/form-data']?.example).toEqual({ doc: '' });
    expect(codes(warnings)).toEqual([
      ['invalid-json', '/item/0/request/body/formdata/0/src/1'],
      ['invalid-json', '/item/0/request/body/formdata/0/src/2'],
      ['invalid-json', '/item/1/request/body/formdata/0/src/0'],
    ]);
    expect(warnings[0]?.message).toBe("file row 0's src item 1 is a number, not text; not read (the example lists the src items that are text)");
    expect(warnings[1]?.message).toBe("file row 0's src item 2 is null, not text; not read (the example lists the src items that are text)");
    expect(warnings[2]?.message).toBe("file row 0's src item 0 is a boolean, not text; not read (no item of the src is text: the example shows an empty text for the file)");
  });
});

describe('form rows written as text are read as the Postman library reads them', () => {
  it('formdata: a row with no key and no value (nothing in the example); urlencoded: a query string; each reported at its row', () => {
    const { document, warnings } = convert(
      collectionOf([
        post('Form', '/f', { mode: 'formdata', formdata: ['user:alice', 'flag', { key: 'ok', value: '1' }] }),
        post('Url', '/u', { mode: 'urlencoded', urlencoded: ['user:bob', 'a=b=c', '=x', { key: 'ok', value: '1' }] }),
      ]),
    );
    expect(document.paths['/f']?.post?.requestBody?.content['multipart/form-data']?.example).toEqual({ ok: '1' });
    expect(document.paths['/u']?.post?.requestBody?.content['application/x-www-form-urlencoded']?.example).toEqual({ 'user:bob': '', a: 'b=c', ok: '1' });
    expect(codes(warnings)).toEqual([
      ['invalid-json', '/item/0/request/body/formdata/0'],
      ['invalid-json', '/item/0/request/body/formdata/1'],
      ['invalid-json', '/item/1/request/body/urlencoded/0'],
      ['invalid-json', '/item/1/request/body/urlencoded/1'],
      ['invalid-json', '/item/1/request/body/urlencoded/2'],
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      'formdata row 0 is text ("user:alice"), not an object; the Postman library reads it as a row with no key and no value: no field for it',
      'formdata row 1 is text ("flag"), not an object; the Postman library reads it as a row with no key and no value: no field for it',
      'urlencoded row 0 is text ("user:bob"), not an object; the Postman library reads it as a query string: the field "user:bob" with no value',
      'urlencoded row 1 is text ("a=b=c"), not an object; the Postman library reads it as a query string: the field "a" with the value "b=c"',
      'urlencoded row 2 is text ("=x"), not an object; the Postman library reads it as a query string with no key: no field for it',
    ]);
  });
});

describe('content Postman does not send beside a disabled body or another mode', () => {
  it('a disabled body sends nothing, and its content is reported as not sent (requests and saved examples)', () => {
    const { document, warnings } = convert(
      collectionOf([
        post('Off', '/d', { mode: 'raw', raw: '{"to":"a@b.io"}', disabled: true }),
        post('OffEmpty', '/o', { mode: 'raw', raw: '', disabled: true }),
        {
          name: 'Saved',
          request: { method: 'POST', url: 'https://a.io/s' },
          response: [
            {
              name: 'Ex',
              code: 200,
              body: 'ok',
              originalRequest: { method: 'POST', url: 'https://a.io/s', body: { mode: 'urlencoded', urlencoded: [{ key: 'to', value: 'c@d.io' }], disabled: true } },
            },
          ],
        },
      ]),
    );
    for (const path of ['/d', '/o', '/s']) expect(document.paths[path]?.post?.requestBody).toBeUndefined();
    expect(codes(warnings)).toEqual([
      ['invalid-json', '/item/0/request/body/raw'],
      ['invalid-json', '/item/2/response/0/originalRequest/body/urlencoded'],
    ]);
    expect(warnings[0]?.message).toBe('body is disabled, so no body is sent, as the Postman library reads it; its raw content is not sent');
    expect(warnings[1]?.message).toContain('saved example "Ex": body is disabled');
  });

  it('members of other modes beside the mode sent are reported; empty leftovers (empty text, rows without key or value, an empty query) are not', () => {
    const { document, warnings } = convert(
      collectionOf([
        post('Form', '/f', { mode: 'formdata', formdata: [{ key: 'a', value: '1' }], raw: '{"left":"over"}', urlencoded: [{ key: 'u', value: '2' }] }),
        post('Clean', '/c', {
          mode: 'raw',
          raw: '{"a":1}',
          urlencoded: [{ key: '', value: '', type: 'text' }],
          formdata: [],
          graphql: { query: '', variables: '' },
          file: {},
        }),
      ]),
    );
    expect(document.paths['/f']?.post?.requestBody?.content['multipart/form-data']?.example).toEqual({ a: '1' });
    expect(document.paths['/c']?.post?.requestBody?.content['application/json']?.example).toEqual({ a: 1 });
    expect(codes(warnings)).toEqual([
      ['invalid-json', '/item/0/request/body/raw'],
      ['invalid-json', '/item/0/request/body/urlencoded'],
    ]);
    expect(warnings[0]?.message).toBe('body mode is formdata, so only its formdata content is sent; its raw content is not sent');
  });
});

describe('a urlencoded row typed file', () => {
  it('is sent as text (its value), as the Postman library sends it, and its src is reported as not sent', () => {
    const row = { key: 'f', type: 'file', src: '/x.bin', value: 'sent-value' };
    const { document, warnings } = convert(
      collectionOf([
        post('Url', '/u', { mode: 'urlencoded', urlencoded: [row, { key: 'g', value: '1' }] }),
        {
          name: 'Saved',
          request: { method: 'POST', url: 'https://a.io/s' },
          response: [{ name: 'Ex', code: 200, body: 'ok', originalRequest: { method: 'POST', url: 'https://a.io/s', body: { mode: 'urlencoded', urlencoded: [row] } } }],
        },
      ]),
    );
    const media = document.paths['/u']?.post?.requestBody?.content['application/x-www-form-urlencoded'];
    expect(media?.example).toEqual({ f: 'sent-value', g: '1' });
    expect(media?.schema).toEqual({ type: 'object', properties: { f: { type: 'string', example: 'sent-value' }, g: { type: 'string', example: '1' } } });
    expect(codes(warnings)).toEqual([
      ['invalid-json', '/item/0/request/body/urlencoded/0/type'],
      ['invalid-json', '/item/1/response/0/originalRequest/body/urlencoded/0/type'],
    ]);
    expect(warnings[0]?.message).toBe(
      'urlencoded row 0 is typed file; a urlencoded body sends text, so it is read as text (its value), as the Postman library sends it; its src is not sent',
    );
    expect(JSON.stringify(document)).toContain('sent-value');
  });
});
