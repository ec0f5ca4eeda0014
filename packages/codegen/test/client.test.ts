import { describe, expect, it } from 'vitest';
import { generateClient } from '../src/client.js';
import { GENERATED_HEADER } from '../src/header.js';

const spec = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/a': {
      post: {
        operationId: 'x.a',
        requestBody: { content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } } } },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } } } },
      },
    },
  },
  components: { schemas: { A: { type: 'object', properties: { id: { type: 'string' } } } } },
};

describe('client', () => {
  it('writes paths.gen.ts with paths and operations, importing components from the models package', async () => {
    const text = (await generateClient(spec)).get('paths.gen.ts') ?? '';
    expect(text.split('\n').slice(0, 2)).toEqual([GENERATED_HEADER, "import type { components } from '@imgur-ts/models';"]);
    expect(text).toMatch(/^export interface paths \{/m);
    expect(text).toMatch(/^export interface operations \{/m);
    expect(text).not.toMatch(/^export interface components/m);
    expect(text).toContain('"x.a": {');
    expect(text).toContain('components["schemas"]["A"]');
  });

  it('types binary fields as Blob', async () => {
    const text = (await generateClient(spec)).get('paths.gen.ts') ?? '';
    expect(text).toMatch(/file\?: Blob;/);
  });
});
