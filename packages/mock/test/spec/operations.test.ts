import { describe, expect, test } from 'vitest';
import { readOperations } from '../../src/spec/operations.js';
import type { OpenApiDocument } from '../../src/types.js';
import { fixture } from '../helpers.js';

const ops = new Map(readOperations(fixture).map((o) => [o.id, o]));

describe('readOperations on the fixture', () => {
  const cases: [id: string, want: Partial<Record<string, unknown>>][] = [
    ['image.image', { method: 'GET', shape: 'GET /3/image/{}', auth: 'client', envelope: 'full', credits: 1, deprecated: false }],
    ['image.imageUpload', { method: 'POST', auth: 'client', credits: 10 }],
    ['image.imageUploadLegacy', { deprecated: true }],
    ['image.favoriteAnImage', { auth: 'user' }],
    ['account.generateAccessToken', { auth: 'none', envelope: 'bare', credits: 0 }],
    ['account.accountBlockStatus', { envelope: 'data', auth: 'user', shape: 'GET /account/v1/{}/block' }],
  ];
  test.each(cases)('%s', (id, want) => {
    expect(ops.get(id)).toMatchObject(want);
  });

  test('every operation of the fixture is read', () => {
    expect(ops.size).toBe(72);
  });
});

test('parameters and bodies behind $ref are resolved; non-operation keys are skipped', () => {
  const doc: OpenApiDocument = {
    openapi: '3.1.0',
    paths: {
      '/x/{id}': {
        parameters: [{ $ref: '#/components/parameters/Id' }],
        summary: 'not an operation',
        post: { operationId: 'x.post', requestBody: { $ref: '#/components/requestBodies/B' }, responses: {} },
      },
    },
    components: {
      parameters: { Id: { name: 'id', in: 'path', required: true, schema: { type: 'integer' } } },
      requestBodies: { B: { required: true, content: { 'application/json': { schema: { type: 'object' } } } } },
    },
  };
  const [op] = readOperations(doc);
  expect(op?.params).toEqual([{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }]);
  expect(op?.body).toEqual({ required: true, contentTypes: ['application/json'], schema: { type: 'object' } });
  expect(op?.auth).toBe('none');
  expect(readOperations(doc)).toHaveLength(1);
});
