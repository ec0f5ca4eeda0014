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

  it('sorts nested objects at every level, siblings included, keeps array holes and reads own keys only', () => {
    const inherited = Object.create({ inheritedKey: 1 }) as Record<string, unknown>;
    inherited.z = {
      b: 1,
      a: [
        { d: 1, c: 2 },
        { f: { h: 1, g: 2 }, e: 3 },
      ],
    };
    inherited.y = { k: 1, j: 2 };
    inherited[Symbol.for('s') as unknown as string] = 1;
    const sparse: unknown[] = [1];
    sparse[2] = { b: 1, a: 2 };
    const d = doc({ '/x': { get: { 'x-holes': sparse, 'x-own': inherited } as never } });
    const out = canonicalDocument(d) as unknown as { paths: Record<string, { get: Record<string, unknown> }> };
    const get = out.paths['/x']?.get as Record<string, unknown>;
    expect(JSON.stringify(get['x-own'])).toBe('{"y":{"j":2,"k":1},"z":{"a":[{"c":2,"d":1},{"e":3,"f":{"g":2,"h":1}}],"b":1}}');
    const holes = get['x-holes'] as unknown[];
    expect(holes).toHaveLength(3);
    expect(1 in holes).toBe(false);
    expect(JSON.stringify(holes)).toBe('[1,null,{"a":2,"b":1}]');
  });
});
