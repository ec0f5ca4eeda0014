import { describe, expect, it } from 'vitest';
import { canonicalDocument, serializeDocument } from '../../src/schema/canonical.js';
import type { OpenApiDocument } from '../../src/types.js';

const doc = (paths: OpenApiDocument['paths']): OpenApiDocument => ({
  components: { securitySchemes: {}, schemas: {} },
  paths,
  tags: [{ name: 'B' }, { name: 'A' }],
  servers: [{ url: '/' }],
  info: { version: '1', title: 't' },
  openapi: '3.1.0',
});

describe('canonicalDocument / serializeDocument', () => {
  it('top-level keys in OpenAPI order, nested keys sorted, arrays (tags) kept in order', () => {
    const text = serializeDocument(doc({ '/b': {}, '/a': {} }));
    expect(Object.keys(JSON.parse(text))).toEqual(['openapi', 'info', 'servers', 'tags', 'paths', 'components']);
    expect(Object.keys(JSON.parse(text).paths)).toEqual(['/a', '/b']);
    expect(JSON.parse(text).tags).toEqual([{ name: 'B' }, { name: 'A' }]);
  });

  it('2-space indent and a trailing newline; same input in another key order -> same bytes', () => {
    const a = serializeDocument(doc({ '/a': {}, '/b': {} }));
    const b = serializeDocument(doc({ '/b': {}, '/a': {} }));
    expect(a).toBe(b);
    expect(a.endsWith('}\n')).toBe(true);
    expect(a.split('\n')[1]).toBe('  "openapi": "3.1.0",');
  });

  it('drops undefined values', () => {
    const d = doc({});
    d.info.description = undefined as never;
    expect('description' in canonicalDocument(d).info).toBe(false);
  });
});
