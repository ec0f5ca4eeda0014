import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findTemplate, matchOperation, type OpenApiDocument } from '../src/index.js';
import { spec } from './fixture-spec.js';

describe('findTemplate', () => {
  it('accepts a templated path as it is', () => {
    expect(findTemplate(spec, 'get', '/3/image/{imageHash}')).toBe('/3/image/{imageHash}');
  });
  it('maps a concrete path to its template, ignoring a query, a trailing slash and .json', () => {
    expect(findTemplate(spec, 'get', '/3/image/abc123?x=1')).toBe('/3/image/{imageHash}');
    expect(findTemplate(spec, 'get', '/3/image/abc123/')).toBe('/3/image/{imageHash}');
    expect(findTemplate(spec, 'get', '/3/image/abc123.json')).toBe('/3/image/{imageHash}');
  });
  it('prefers the most literal template and respects the method', () => {
    expect(findTemplate(spec, 'get', '/3/account/me/settings')).toBe('/3/account/me/settings');
    expect(findTemplate(spec, 'put', '/3/account/me/settings')).toBe('/3/account/{username}/settings');
  });
  it('maps an alias an operation lists in x-imgur-aliases to it, for its method only (POST /3/image is POST /3/upload)', () => {
    const real = JSON.parse(readFileSync(new URL('../../../spec/openapi.json', import.meta.url), 'utf8')) as OpenApiDocument;
    expect(findTemplate(real, 'post', '/3/image')).toBe('/3/upload');
    expect(findTemplate(real, 'post', '/3/image/')).toBe('/3/upload');
    expect(findTemplate(real, 'get', '/3/image')).toBeUndefined();
    expect(findTemplate(real, 'post', '/3/image/abc')).toBe('/3/image/{imageHash}');
    expect(matchOperation(real, 'POST', '/3/image', 200)).toMatchObject({ label: 'POST /3/upload 200' });
  });
  it('finds nothing for unknown paths', () => {
    expect(findTemplate(spec, 'get', '/3/nope/1')).toBeUndefined();
  });
});

describe('matchOperation', () => {
  it('picks the exact status, else the NXX range', () => {
    expect(matchOperation(spec, 'GET', '/3/image/x', 200)).toEqual({
      label: 'GET /3/image/{imageHash} 200',
      schemaPointer: '#/paths/~13~1image~1{imageHash}/get/responses/200/content/application~1json/schema',
    });
    expect(matchOperation(spec, 'GET', '/3/image/x', 429)).toEqual({
      label: 'GET /3/image/{imageHash} 429',
      schemaPointer: '#/components/responses/Error/content/application~1json/schema',
    });
  });
  it('checks error bodies of unrecorded routes against the shared error response', () => {
    expect(matchOperation(spec, 'POST', null, 403)).toEqual({ label: 'POST (any route) 403', schemaPointer: '#/components/responses/Error/content/application~1json/schema' });
    expect(matchOperation(spec, 'GET', null, 200)).toMatch(/only error bodies/);
  });
  it('says why when nothing matches', () => {
    expect(matchOperation(spec, 'GET', '/3/nope', 200)).toBe('GET /3/nope: no such operation in spec/openapi.json');
    expect(matchOperation(spec, 'POST', '/3/image/x/favorite', 500)).toBe('POST /3/image/{imageHash}/favorite: no response for status 500');
  });
  it('reports a response without a JSON body', () => {
    expect(matchOperation(spec, 'DELETE', '/3/empty', 204)).toEqual({ label: 'DELETE /3/empty 204', schemaPointer: undefined });
  });
});
