import { describe, expect, it } from 'vitest';
import { serializeDocument } from '../../src/schema/canonical.js';
import { record } from '../../src/input/record.js';
import type { OpenApiDocument } from '../../src/types.js';

describe('record', () => {
  it('stores __proto__ as a key and finds no inherited members', () => {
    const r = record<number>();
    // biome-ignore lint/suspicious/noProto: the test sets `__proto__` as a plain key on purpose
    r.__proto__ = 1;
    expect(Object.keys(r)).toEqual(['__proto__']);
    expect(r.constructor).toBeUndefined();
    expect(JSON.stringify(r)).toBe('{"__proto__":1}');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('copies the own keys of a parsed object, __proto__ included', () => {
    expect(JSON.stringify(record(JSON.parse('{"__proto__": 1, "a": 2}') as Record<string, number>))).toBe('{"__proto__":1,"a":2}');
  });

  it('given a document with a __proto__ schema -> serializeDocument keeps it (sorted with the others)', () => {
    const doc = JSON.parse(
      '{"openapi":"3.1.0","info":{"title":"t","version":"1"},"servers":[],"tags":[],"paths":{},"components":{"schemas":{"b":{},"__proto__":{"type":"string"}},"securitySchemes":{}}}',
    ) as OpenApiDocument;
    expect(serializeDocument(doc)).toContain('"schemas": {\n      "__proto__": {\n        "type": "string"\n      },\n      "b": {}');
  });
});
