import { describe, expect, it } from 'vitest';
import { collectOperations } from '../../src/resource/collect-operations.js';

const spec = {
  openapi: '3.1.0',
  paths: {
    '/b': { parameters: [{ name: 'x', in: 'query' }], post: { tags: ['Album'], operationId: 'album.b' }, get: { tags: ['album'], operationId: 'album.a' } },
    '/c': { get: { tags: ['Image', 'Album'], operationId: 'image.c' }, delete: { tags: ['Album'], operationId: 'album.d' } },
  },
};

describe('collectOperations', () => {
  it('takes operations whose first tag matches, case-insensitively, in path then method order', () => {
    expect(collectOperations(spec, 'ALBUM').map((o) => [o.operationId, o.method, o.path, o.pathParameters.length])).toEqual([
      ['album.a', 'GET', '/b', 1],
      ['album.b', 'POST', '/b', 1],
      ['album.d', 'DELETE', '/c', 0],
    ]);
  });

  it('requires an operationId', () => {
    expect(() => collectOperations({ paths: { '/x': { get: { tags: ['T'] } } } }, 't')).toThrow('GET /x: operation has no operationId');
  });
});
