import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { collectionOf } from '../support/collection.js';
import { schemaErrors } from '../support/json-schema.js';

const gql = (name: string, path: string, graphql: object, method = 'POST') => ({ name, request: { method, url: `https://a.io${path}`, body: { mode: 'graphql', graphql } } });

describe('GraphQL bodies', () => {
  it('keeps variables given as an object (Postman sends them as they are)', () => {
    const { document } = convert(collectionOf([gql('Object variables', '/graphql', { query: 'query U($id: ID!) { user(id: $id) { id } }', variables: { id: '7' } })]));
    const media = document.paths['/graphql']?.post?.requestBody?.content['application/json'];
    expect(media?.example).toEqual({ query: 'query U($id: ID!) { user(id: $id) { id } }', variables: { id: '7' } });
    expect(schemaErrors(media?.schema, media?.example)).toEqual([]);
  });

  it('keeps variables text with comments and {{variables}} as written in x-postman-raw, the value as Postman sends it', () => {
    const variables = '{\n  // page size\n  "n": {{limit}},\n}';
    const query = 'query L($n: Int) { list(n: $n) }';
    const { document } = convert(collectionOf([gql('Commented variables', '/gql2', { query, variables })], { variable: [{ key: 'limit', value: '10' }] }));
    const media = document.paths['/gql2']?.post?.requestBody?.content['application/json'];
    const example = media?.examples?.commentedVariables;
    expect(example?.value).toEqual({ query, variables: { n: 10 } });
    expect(example?.['x-postman-raw']).toBe(`{"query":${JSON.stringify(query)},"variables":${variables}}`);
    expect(schemaErrors(media?.schema, example?.value)).toEqual([]);
  });

  it('variables that are neither an object nor text, and a query that is not text, are kept as written and reported', () => {
    const { document, warnings } = convert(
      collectionOf([
        gql('Number variables', '/g1', { query: 'query { a }', variables: 5 }),
        gql('Object query', '/g2', { query: { x: 1 }, variables: '{}' }),
        gql('Boolean variables', '/g3', { query: 'query { b }', variables: false }),
      ]),
    );
    const media = (path: string) => document.paths[path]?.post?.requestBody?.content['application/json'];
    expect(media('/g1')?.example).toEqual({ query: 'query { a }', variables: 5 });
    expect(media('/g2')?.example).toEqual({ query: { x: 1 }, variables: {} });
    expect(media('/g3')?.example).toEqual({ query: 'query { b }', variables: false });
    for (const path of ['/g1', '/g2', '/g3']) expect(schemaErrors(media(path)?.schema, media(path)?.example)).toEqual([]);
    expect(warnings.filter((w) => w.code === 'invalid-json').map((w) => [w.request, w.message])).toEqual([
      ['Number variables', 'GraphQL variables are a number, not an object or JSON text; kept as written in the example'],
      ['Object query', 'GraphQL query is an object, not text; kept as written in the example'],
      ['Boolean variables', 'GraphQL variables are a boolean, not an object or JSON text; kept as written in the example'],
    ]);
  });

  it('strict variables text keeps the plain example', () => {
    const { document } = convert(collectionOf([gql('Q', '/g', { query: 'q', variables: '{"a":1}' })]));
    expect(document.paths['/g']?.post?.requestBody?.content['application/json']?.example).toEqual({ query: 'q', variables: { a: 1 } });
  });

  it('a GET with an empty query and no variables has no request body', () => {
    const { document } = convert(collectionOf([gql('Empty', '/b', { query: '', variables: '' }, 'GET'), gql('Blank', '/c', { query: '  \n' }, 'GET')]));
    expect(document.paths['/b']?.get?.requestBody).toBeUndefined();
    expect(document.paths['/c']?.get?.requestBody).toBeUndefined();
  });
});
