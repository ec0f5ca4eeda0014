import { describe, expect, it } from 'vitest';
import { functionBaseName, operationModel, typeBaseName } from '../../src/resource/operation-model.js';
import type { JsonObject } from '../../src/types.js';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { data: { type: 'array', items: { type: 'string' } } } } } } } };
const info = (extra: JsonObject) => ({
  operationId: 'a.list',
  method: 'GET' as const,
  path: '/l/{page}',
  pathParameters: [],
  op: { responses: ok, parameters: [{ name: 'page', in: 'path', required: true, schema: { type: 'integer', default: 0 } }], ...extra },
});
const spec: JsonObject = { openapi: '3.1.0' };

describe('operation model', () => {
  it.each([
    ['album.getAlbum', 'getAlbum'],
    ['account.getAccountBase', 'getAccountBase'],
    ['noDot', 'noDot'],
    ['a.b.c', 'bC'],
    ['x.delete', 'delete_'],
    ['x.2fa', '_2fa'],
    ['x.*/', 'operation'],
  ])('functionBaseName(%j) = %j', (id, want) => expect(functionBaseName(id)).toBe(want));

  it.each([
    ['getAlbum', 'GetAlbum'],
    ['delete_', 'Delete'],
  ])('typeBaseName(%j) = %j', (fn, want) => expect(typeBaseName(fn)).toBe(want));

  it('reads x-imgur-paging and the item type', () => {
    const m = operationModel(spec, info({ 'x-imgur-paging': { style: 'path', param: 'page' } }), 'list');
    expect([m.meta.paging, m.itemSchema, m.meta.defaults.get('page')]).toEqual([{ style: 'path', param: 'page' }, { type: 'string' }, 0]);
  });

  it('carries the 2xx statuses declared without a body into the metadata', () => {
    const m = operationModel(spec, info({ responses: { ...ok, '201': { description: 'Created, empty' }, '204': { description: 'No Content' } } }), 'list');
    expect(m.meta.empty).toEqual([201, 204]);
    expect(operationModel(spec, info({}), 'list').meta.empty).toEqual([]);
  });

  it('rejects x-imgur-paging on an operation that may answer without a body', () => {
    const responses = { ...ok, '204': { description: 'No Content' } };
    expect(() => operationModel(spec, info({ responses, 'x-imgur-paging': { style: 'path', param: 'page' } }), 'list')).toThrow(
      'GET /l/{page}: x-imgur-paging needs a body on every 2xx answer, but 204 declared without one',
    );
  });

  it.each([
    [{ style: 'path', param: 'nope' }, 'no parameter named "nope"'],
    [{ style: 'sideways', param: 'page' }, 'style must be path, query or cursor'],
    [{ style: 'cursor', param: 'page', next: 'next', items: 'items' }, 'data.items is not an array'],
    [{ param: 3 }, 'needs a string "param"'],
  ])('rejects x-imgur-paging %j', (paging, want) => {
    expect(() => operationModel(spec, info({ 'x-imgur-paging': paging }), 'list')).toThrow(want);
  });
});
