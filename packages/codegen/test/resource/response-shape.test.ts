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
    [
      'envelope',
      { '200': json({ type: 'object', properties: { data: { type: 'boolean' }, success: { type: 'boolean' } } }) },
      { schema: { type: 'boolean' }, envelope: true, empty: [] },
    ],
    [
      'data-only +json',
      { '200': json({ type: 'object', properties: { data: { type: 'string' } } }, 'application/vnd.api+json') },
      { schema: { type: 'string' }, envelope: true, empty: [], accept: 'application/vnd.api+json' },
    ],
    ['bare component with a data field', { '200': json({ $ref: '#/components/schemas/Token' }) }, { schema: { $ref: '#/components/schemas/Token' }, envelope: false, empty: [] }],
    [
      'allOf envelope',
      { '200': json({ allOf: [{ $ref: '#/components/schemas/Env' }, { type: 'object', properties: { data: { type: 'integer' } } }] }) },
      { schema: { type: 'integer' }, envelope: true, empty: [] },
    ],
    ['referenced response', { '200': { $ref: '#/components/responses/Ok' } }, { schema: { type: 'integer' }, envelope: true, empty: [] }],
    [
      'first 2xx with JSON',
      { '204': { description: 'none' }, '201': json({ type: 'string' }), default: json({ type: 'integer' }) },
      { schema: { type: 'string' }, envelope: false, empty: [204] },
    ],
  ])('%s', (_name, responses, want) => {
    expect(responseShape(spec, info(responses))).toEqual(want);
  });

  it('lists the 2xx statuses declared without a body, sorted, and nothing else', () => {
    const responses: JsonObject = {
      '204': { description: 'No Content' },
      '200': json({ type: 'object', properties: { data: { type: 'boolean' } } }),
      '201': { description: 'Created', headers: { 'X-RateLimit-UserReset': { schema: { type: 'integer' } } } },
      '202': { description: 'Accepted', content: {} },
      '2XX': { description: 'any' },
      '205': { $ref: '#/components/responses/Ok' },
      '400': { description: 'bad, no body' },
      default: { description: 'other' },
    };
    expect(responseShape(spec, info(responses))).toEqual({ schema: { type: 'boolean' }, envelope: true, empty: [201, 202, 204] });
  });

  it('fails without a 2xx JSON response, naming the operation', () => {
    expect(() => responseShape(spec, info({ '200': { description: 'no body' }, '4XX': json({ type: 'object' }) }))).toThrow('GET /p (a.b): no 2xx JSON response');
  });
});
