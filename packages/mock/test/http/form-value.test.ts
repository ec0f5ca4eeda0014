import { describe, expect, test } from 'vitest';
import type { ParsedBody } from '../../src/http/body.js';
import { bodyValue } from '../../src/http/form-value.js';
import type { Operation } from '../../src/spec/operation.js';
import type { OpenApiDocument } from '../../src/types.js';

const doc: OpenApiDocument = { openapi: '3.1.0', paths: {}, components: { schemas: { Ids: { type: 'array', items: { type: 'string' } } } } };
const op = {
  body: {
    required: false,
    contentTypes: ['multipart/form-data'],
    schema: {
      type: 'object',
      properties: { ids: { $ref: '#/components/schemas/Ids' }, tags: { type: ['array', 'null'] }, title: { type: 'string' }, image: { type: 'string', format: 'binary' } },
    },
  },
} as unknown as Operation;
const form = (fields: [string, string[]][], files: [string, File[]][] = []): ParsedBody => ({ kind: 'form', fields: new Map(fields), files: new Map(files), json: undefined });

describe('bodyValue', () => {
  const cases: [ParsedBody, unknown][] = [
    [form([['title', ['t']]]), { title: 't' }],
    [form([['ids', ['a']]]), { ids: ['a'] }],
    [form([['tags', ['x']]]), { tags: ['x'] }],
    [form([['title', ['a', 'b']]]), { title: 'b' }],
    [form([['deletehashes[]', ['h']]]), { 'deletehashes[]': ['h'] }],
    [form([['other', ['o']]]), { other: 'o' }],
    [form([], [['image', [new File(['x'], 'cat.png')]]]), { image: 'cat.png' }],
    [form([], [['image', [new File(['x'], '')]]]), { image: 'upload' }],
    [{ kind: 'json', fields: new Map(), files: new Map(), json: { a: [1] } }, { a: [1] }],
  ];
  test.each(cases)('case %#', (body, want) => expect(bodyValue(doc, op, body)).toEqual(want));
});
