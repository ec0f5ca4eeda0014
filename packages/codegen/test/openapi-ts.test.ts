import { describe, expect, it } from 'vitest';
import { renderOpenApiTypes } from '../src/openapi-ts.js';
import type { JsonObject, JsonValue } from '../src/types.js';

const spec = (description: string) => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {},
  components: { schemas: { A: { type: 'object', description, properties: { f: { type: 'string', format: 'binary' }, s: { type: 'string' } } } } },
});

describe('renderOpenApiTypes', () => {
  it('keeps only the named root declarations, each with a JSDoc summary', async () => {
    const text = await renderOpenApiTypes(spec('x'), ['components']);
    expect(text.match(/^export \w+ \w+/gm)).toEqual(['export interface components']);
    expect(text).toMatch(/^\/\*\* Every component of the Imgur API description/m);
  });

  it('maps format: binary to Blob and leaves other strings alone', async () => {
    const text = await renderOpenApiTypes(spec('x'), ['components']);
    expect(text).toMatch(/f\?: Blob;/);
    expect(text).toMatch(/s\?: string;/);
  });

  it.each([
    ['@deprecated sneaky', '＠deprecated sneaky'],
    ['line\n@internal', '＠internal'],
    ['mail a@b.c', 'mail a@b.c'],
  ])('neutralizes JSDoc tags in description %j', async (given, want) => {
    const text = await renderOpenApiTypes(spec(given), ['components']);
    expect(text).toContain(want);
    expect(text).not.toMatch(/^\s*\*\s*@(deprecated|internal)\b/m);
  });
});

describe('renderOpenApiTypes: examples and defaults in comments', () => {
  const withExample = (example: JsonValue, extra: JsonObject = {}): JsonObject => ({
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {},
    components: { schemas: { A: { type: 'object', example, properties: { example: { type: 'string', enum: ['a\u2028b'] }, ...extra } } } },
  });

  it('given an object example with U+2028, NUL, a bidi control and "@deprecated" -> one comment line, no tag, no control character', async () => {
    const text = await renderOpenApiTypes(withExample({ 'k\u2028@deprecated': 'v\u0000\u202e</script>' }), ['components']);
    const comments = text.match(/\/\*\*[\s\S]*?\*\//g) ?? [];
    expect(comments.join('\n')).toContain('@example');
    expect(comments.join('\n')).not.toMatch(/[\u0000\u2028\u202e]/);
    expect(text).not.toMatch(/^\s*\*?\s*@deprecated/m);
    expect(text).toContain('<\\\\/script>');
  });

  it('given a property named "example" -> its schema (enum values included) is left as it is', async () => {
    const text = await renderOpenApiTypes(withExample('x'), ['components']);
    expect(text).toContain('example?: "a\u2028b"');
  });
});
