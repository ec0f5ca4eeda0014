import { describe, expect, it } from 'vitest';
import { securityOf } from '../../src/resource/security.js';
import type { JsonObject, JsonValue } from '../../src/types.js';

const schemes = {
  ClientId: { type: 'apiKey', in: 'header', name: 'Authorization' },
  OAuth2: { type: 'oauth2', flows: {} },
  BearerAuth: { type: 'http', scheme: 'Bearer' },
  Basic: { type: 'http', scheme: 'basic' },
};
const spec = (security?: JsonValue): JsonObject => ({ openapi: '3.1.0', components: { securitySchemes: schemes }, ...(security ? { security } : {}) });
const info = (security?: JsonValue) => ({
  operationId: 'a.b',
  method: 'GET' as const,
  path: '/p',
  op: (security === undefined ? {} : { security }) as JsonObject,
  pathParameters: [],
});

describe('securityOf', () => {
  it.each<[JsonValue | undefined, JsonValue | undefined, string[]]>([
    [[{ ClientId: [] }], undefined, ['clientId']],
    [[{ ClientId: [] }, { OAuth2: [] }], undefined, ['clientId', 'bearer']],
    [[{ BearerAuth: [] }, { OAuth2: [] }], undefined, ['bearer']],
    [[], [{ ClientId: [] }], []],
    [undefined, [{ OAuth2: [] }], ['bearer']],
    [undefined, undefined, []],
    [[{}], undefined, []],
    [[{ Basic: [] }], undefined, ['clientId']],
  ])('operation %j, document %j -> %j', (op, doc, want) => {
    expect(securityOf(spec(doc), info(op))).toEqual(want);
  });

  it('rejects an undeclared scheme', () => {
    expect(() => securityOf(spec(), info([{ Nope: [] }]))).toThrow('unknown security scheme "Nope"');
  });
});
