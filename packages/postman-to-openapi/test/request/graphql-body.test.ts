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
