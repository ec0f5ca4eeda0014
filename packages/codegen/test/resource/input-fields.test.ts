import { describe, expect, it } from 'vitest';
import type { OperationInfo } from '../../src/resource/collect-operations.js';
import { bodyInfo, inputFields, inputKey } from '../../src/resource/input-fields.js';
import type { JsonObject } from '../../src/types.js';

const spec: JsonObject = { openapi: '3.1.0', components: { parameters: { Page: { name: 'page', in: 'path', required: true, schema: { type: 'integer', default: 0 } } } } };
const info = (op: JsonObject, shared: JsonObject[] = []): OperationInfo => ({ operationId: 'a.b', method: 'POST', path: '/x/{id}/{page}', op, pathParameters: shared });

describe('input fields', () => {
  it.each([
    ['albumHash', 'albumHash'],
    ['image_id', 'image_id'],
    ['ids[]', 'ids'],
    ['X-Forwarded-For', 'xForwardedFor'],
    ['3d', '_3d'],
    ['*/', 'field'],
  ])('inputKey(%j) = %j', (wire, want) => expect(inputKey(wire)).toBe(want));

  it('lists path, query, header then body fields, with defaults making path fields optional', () => {
    const op: JsonObject = {
      parameters: [
        { name: 'id', in: 'path', required: true, description: 'The id.', schema: { type: 'string' } },
        { $ref: '#/components/parameters/Page' },
        { name: 'q', in: 'query', required: true, schema: { type: 'string' } },
        { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
        { name: 'c', in: 'cookie', schema: { type: 'string' } },
      ],
      requestBody: {
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              required: ['file'],
              properties: { file: { type: 'string', format: 'binary' }, 'ids[]': { type: 'array', items: { type: 'string' } }, q: { type: 'string' } },
            },
          },
        },
      },
    };
    const got = inputFields(spec, info(op)).map((f) => [f.key, f.wire, f.location, f.required, f.binary, f.default]);
    expect(got).toEqual([
      ['id', 'id', 'path', true, false, undefined],
      ['page', 'page', 'path', false, false, 0],
      ['q', 'q', 'query', true, false, undefined],
      ['xTrace', 'X-Trace', 'header', false, false, undefined],
      ['file', 'file', 'body', true, true, undefined],
      ['ids', 'ids[]', 'body', false, false, undefined],
      ['q2', 'q', 'body', false, false, undefined],
    ]);
  });

  it('lets an operation parameter override a path-item parameter of the same name', () => {
    const shared = [{ name: 'id', in: 'path', required: true, description: 'shared', schema: { type: 'string' } }];
    const got = inputFields(spec, info({ parameters: [{ name: 'id', in: 'path', required: true, description: 'own', schema: { type: 'string' } }] }, shared));
    expect(got.map((f) => f.description)).toEqual(['own']);
  });

  it.each<[JsonObject, string | undefined]>([
    [{ content: { 'application/json': { schema: { type: 'object' } } } }, 'json'],
    [{ content: { 'application/x-www-form-urlencoded': { schema: { type: 'object' } }, 'application/json': { schema: { type: 'object' } } } }, 'form'],
    [{ content: { 'multipart/form-data': { schema: { type: 'object' } } } }, 'multipart'],
  ])('bodyInfo picks the encoding of %j', (requestBody, want) => {
    expect(bodyInfo(spec, info({ requestBody }))?.encoding).toBe(want);
  });

  it('rejects unsupported body media types, naming the operation', () => {
    expect(() => bodyInfo(spec, info({ requestBody: { content: { 'text/plain': { schema: { type: 'string' } } } } }))).toThrow(
      'POST /x/{id}/{page}: unsupported request body media type(s) text/plain',
    );
  });
});
