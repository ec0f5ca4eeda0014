import { describe, expect, it } from 'vitest';
import type { OperationInfo } from '../../src/resource/collect-operations.js';
import { responseShape } from '../../src/resource/response-shape.js';
import type { JsonObject } from '../../src/types.js';

const spec: JsonObject = {
  openapi: '3.1.0',
  components: {
    schemas: { Token: { type: 'object', properties: { data: { type: 'string' } } }, Env: { type: 'object', properties: { success: { type: 'boolean' } } } },
    responses: { Ok: { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { data: { type: 'integer' } } } } } } },
  },
};
const info = (responses: JsonObject): OperationInfo => ({ operationId: 'a.b', method: 'GET', path: '/p', op: { responses }, pathParameters: [] });
const json = (schema: JsonObject, media = 'application/json') => ({ description: 'd', content: { [media]: { schema } } });

describe('responseShape', () => {
  it.each<[string, JsonObject, unknown]>([
    ['envelope', { '200': json({ type: 'object', properties: { data: { type: 'boolean' }, success: { type: 'boolean' } } }) }, { schema: { type: 'boolean' }, envelope: true }],
    [
      'data-only +json',
      { '200': json({ type: 'object', properties: { data: { type: 'string' } } }, 'application/vnd.api+json') },
      { schema: { type: 'string' }, envelope: true, accept: 'application/vnd.api+json' },
    ],
    ['bare component with a data field', { '200': json({ $ref: '#/components/schemas/Token' }) }, { schema: { $ref: '#/components/schemas/Token' }, envelope: false }],
    [
      'allOf envelope',
      { '200': json({ allOf: [{ $ref: '#/components/schemas/Env' }, { type: 'object', properties: { data: { type: 'integer' } } }] }) },
      { schema: { type: 'integer' }, envelope: true },
    ],
    ['referenced response', { '200': { $ref: '#/components/responses/Ok' } }, { schema: { type: 'integer' }, envelope: true }],
    [
      'first 2xx with JSON',
      { '204': { description: 'none' }, '201': json({ type: 'string' }), default: json({ type: 'integer' }) },
      { schema: { type: 'string' }, envelope: false },
    ],
  ])('%s', (_name, responses, want) => {
    expect(responseShape(spec, info(responses))).toEqual(want);
  });

  it('fails without a 2xx JSON response, naming the operation', () => {
    expect(() => responseShape(spec, info({ '200': { description: 'no body' }, '4XX': json({ type: 'object' }) }))).toThrow('GET /p (a.b): no 2xx JSON response');
  });
});
