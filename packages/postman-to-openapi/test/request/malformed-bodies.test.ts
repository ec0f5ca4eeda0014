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
