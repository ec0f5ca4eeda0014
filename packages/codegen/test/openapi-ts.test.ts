import { describe, expect, it } from 'vitest';
import { renderOpenApiTypes } from '../src/openapi-ts.js';

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
