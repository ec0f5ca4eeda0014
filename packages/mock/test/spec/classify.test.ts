import { describe, expect, test } from 'vitest';
import { authLevel, envelopeKind } from '../../src/spec/classify.js';
import type { OpenApiDocument } from '../../src/types.js';

const doc: OpenApiDocument = {
  openapi: '3.1.0',
  paths: {},
  components: {
    securitySchemes: { Key: { type: 'apiKey', in: 'header', name: 'Authorization' }, OAuth: { type: 'oauth2', flows: {} }, Ref: { $ref: '#/components/securitySchemes/Key' } },
    schemas: { Env: { type: 'object', properties: { data: {}, success: {}, status: {} } } },
  },
};

describe('authLevel', () => {
  const cases: [unknown, string][] = [
    [undefined, 'none'],
    [[], 'none'],
    [[{}], 'none'],
    [[{ OAuth: [] }, {}], 'none'],
    [[{ Key: [] }], 'client'],
    [[{ Ref: [] }], 'client'],
    [[{ OAuth: [] }], 'user'],
    [[{ Key: [] }, { OAuth: [] }], 'client'],
    [[{ Unknown: [] }], 'user'],
  ];
  test.each(cases)('%j -> %s', (security, want) => expect(authLevel(doc, security)).toBe(want));
});

describe('envelopeKind', () => {
  const cases: [unknown, string][] = [
    [undefined, 'full'],
    [{ $ref: '#/components/schemas/Env' }, 'full'],
    [{ type: 'object', properties: { data: {} } }, 'data'],
    [{ type: 'object', properties: { access_token: {} } }, 'bare'],
    [{ type: 'string' }, 'bare'],
  ];
  test.each(cases)('%j -> %s', (schema, want) => expect(envelopeKind(doc, schema)).toBe(want));
});
