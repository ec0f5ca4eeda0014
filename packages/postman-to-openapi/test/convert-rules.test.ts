import { describe, expect, it } from 'vitest';
import { convert } from '../src/index.js';
import type { JsonValue } from '../src/types.js';

const schema = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
const collection = (item: JsonValue[], variable: JsonValue[] = []) => ({ info: { name: 'c', schema }, variable, item });
const json = [{ key: 'Content-Type', value: 'application/json' }];

describe('conversion rules on small collections', () => {
  it('GraphQL requests on one URL -> one operation keeping each query and its variables as an example', () => {
    const gql = (name: string, query: string, variables: string) => ({
      name,
      request: { method: 'POST', url: 'https://x.io/graphql', body: { mode: 'graphql', graphql: { query, variables } } },
    });
    const { document } = convert(collection([gql('Me', 'query Me { me { id } }', ''), gql('Repo', 'query Repo($n: String) { repo(name: $n) { id } }', '{"n": "a"}')]));
    const media = document.paths['/graphql']?.post?.requestBody?.content['application/json'];
    expect(media?.examples).toEqual({
      me: { summary: 'Me', value: { query: 'query Me { me { id } }' } },
      repo: { summary: 'Repo', value: { query: 'query Repo($n: String) { repo(name: $n) { id } }', variables: { n: 'a' } } },
    });
    expect(media?.schema).toEqual({ type: 'object', properties: { query: { type: 'string' }, variables: { type: 'object', properties: { n: { type: 'string' } } } } });
  });

  it('a GET with an empty JSON body -> no request body; a GET with content keeps it', () => {
    const get = (name: string, path: string, raw: string) => ({ name, request: { method: 'GET', header: json, url: `https://x.io/${path}`, body: { mode: 'raw', raw } } });
    const { document } = convert(collection([get('Empty', 'a', '{}'), get('Full', 'b', '{"q": 1}')]));
    expect(document.paths['/a']?.get?.requestBody).toBeUndefined();
    expect(document.paths['/b']?.get?.requestBody?.content['application/json']?.example).toEqual({ q: 1 });
  });

  it('trailing-slash twins -> one path, reported; a lone trailing slash stays', () => {
    const req = (name: string, method: string, url: string) => ({ name, request: { method, url } });
    const { document, warnings } = convert(
      collection([req('List', 'GET', 'https://x.io/items'), req('Add', 'POST', 'https://x.io/items/'), req('Only', 'GET', 'https://x.io/other/')]),
    );
    expect(Object.keys(document.paths)).toEqual(['/items', '/other']);
    expect(Object.keys(document.paths['/items'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(document.paths['/items']?.post?.['x-postman-trailing-slash']).toBeUndefined();
    expect(document.paths['/other']?.get?.['x-postman-trailing-slash']).toBe(true);
    expect(warnings.filter((w) => w.code === 'trailing-slash').map((w) => [w.request, w.message])).toEqual([
      ['Add', 'POST /items/ written with a trailing slash; joined with /items, which the collection also uses'],
      ['Only', 'GET /other/ is only written with a trailing slash; path /other with x-postman-trailing-slash: true (requests send the slash)'],
    ]);
  });

  it('requests only written with a trailing slash, two of them on one template -> merged under the path without it, the extension kept', () => {
    const req = (name: string, url: string) => ({ name, request: { method: 'GET', url } });
    const { document } = convert(collection([req('One', 'https://x.io/v/{{a}}/'), req('Two', 'https://x.io/v/{{b}}/'), req('Root', 'https://x.io//')]));
    expect(Object.keys(document.paths).sort()).toEqual(['/', '/v/{a}']);
    expect(document.paths['/v/{a}']?.get?.['x-merged-from']).toEqual(['One', 'Two']);
    expect(document.paths['/v/{a}']?.get?.['x-postman-trailing-slash']).toBe(true);
    expect(document.paths['/']?.get?.['x-postman-trailing-slash']).toBe(true);
  });

  it('a body Postman would send despite comments and bare variables -> schema from what is sent, text kept as written', () => {
    const raw = '{\n  // the amount\n  "amount": {{amount}},\n  "note": "x",\n}';
    const { document, warnings } = convert(
      collection([{ name: 'Pay', request: { method: 'POST', header: json, url: 'https://x.io/pay', body: { mode: 'raw', raw } } }], [{ key: 'amount', value: '12.5' }]),
    );
    const media = document.paths['/pay']?.post?.requestBody?.content['application/json'];
    expect(media?.schema).toEqual({ type: 'object', properties: { amount: { type: 'number' }, note: { type: 'string' } } });
    expect(media?.examples?.pay).toMatchObject({ value: { amount: 12.5, note: 'x' }, 'x-postman-raw': raw });
    expect(warnings).toEqual([]);
  });
});
