import { describe, expect, it } from 'vitest';
import { generateResource } from '../../src/resource/generate-resource.js';
import type { JsonObject } from '../../src/types.js';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { data: { type: 'boolean' } } } } } } };
const op = (id: string) => ({ tags: ['T'], operationId: id, security: [], responses: ok });
const spec: JsonObject = {
  openapi: '3.1.0',
  paths: { '/a': { get: op('t.get thing'), post: op('x.getThing') }, '/b': { get: op('t.Operation') } },
  components: { schemas: { GetThingInput: { type: 'string' } } },
};

describe('generateResource', () => {
  it('names functions from operationIds, uniquely and never colliding with imports or models', () => {
    const text = generateResource(spec, 't').get('operations.gen.ts') ?? '';
    expect(text.match(/^export const (\w+)/gm)).toEqual(['export const getThing', 'export const getThing2', 'export const operation']);
    expect(text.match(/^export (?:interface|type) (\w+)/gm)).toEqual(['export type GetThingInput2', 'export type GetThing2Input', 'export type OperationInput']);
  });

  it('types an operation that may answer without a body as T | undefined, and says when', () => {
    const empty: JsonObject = {
      openapi: '3.1.0',
      paths: { '/a': { post: { ...op('t.block'), responses: { ...ok, '201': { description: 'Created, no body' } } }, get: op('t.status') } },
    };
    const text = generateResource(empty, 't').get('operations.gen.ts') ?? '';
    expect(text).toContain('export const block: Operation<BlockInput, boolean | undefined> = /* @__PURE__ */ defineOperation<BlockInput, boolean | undefined>({');
    expect(text).toContain('Resolves to `undefined` when Imgur answers 201 without a body.');
    expect(text.match(/^ {2}empty: .*$/gm)).toEqual(['  empty: [201],']);
    expect(text).toContain('export const status: Operation<StatusInput, boolean> =');
  });

  it('fails for a tag without operations', () => {
    expect(() => generateResource(spec, 'nope')).toThrow('no operations tagged "nope"');
  });

  it('names the operation when one cannot be generated', () => {
    const bad: JsonObject = { openapi: '3.1.0', paths: { '/a': { get: { tags: ['T'], operationId: 't.a', responses: {} } } } };
    expect(() => generateResource(bad, 't')).toThrow('t.a: GET /a (t.a): no 2xx JSON response');
  });
});
