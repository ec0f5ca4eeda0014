import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSource, readSource } from '../../src/load/read-source.js';
import { parseDocument } from '../../src/load/parse-document.js';

const dir = mkdtempSync(join(tmpdir(), 'spec-diff-source-'));
writeFileSync(join(dir, 'a:b.json'), '{}');
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('parseSource', () => {
  it.each([
    ['spec.json', { file: join(dir, 'spec.json') }],
    ['HEAD~1:spec/openapi.json', { rev: 'HEAD~1', path: 'spec/openapi.json' }],
    ['a:b.json', { file: join(dir, 'a:b.json') }],
    [':x', { file: join(dir, ':x') }],
    ['x:', { file: join(dir, 'x:') }],
  ])('%s', (arg, want) => {
    expect(parseSource(arg, dir)).toEqual(want);
  });
});

describe('readSource', () => {
  it('names the file and the reason', async () => {
    await expect(readSource({ file: join(dir, 'nope.json') }, dir)).rejects.toThrow(`cannot read ${join(dir, 'nope.json')}: no such file`);
    await expect(readSource({ file: dir }, dir)).rejects.toThrow(/is a directory/);
  });
});

describe('parseDocument', () => {
  it.each([
    ['[]', /x\.json: not an OpenAPI 3\.x document/],
    ['{"swagger": "2.0"}', /not an OpenAPI 3\.x document/],
    ['{"openapi": "3.1.0", "paths": []}', /x\.json: "paths" must be an object/],
    ['{oops', /x\.json: not valid JSON/],
  ])('rejects %s', (text, err) => {
    expect(() => parseDocument(text, 'x.json')).toThrow(err);
  });

  it('accepts OpenAPI 3.0 and 3.1', () => {
    expect(parseDocument('{"openapi": "3.0.3", "paths": {}}', 'x')).toEqual({ openapi: '3.0.3', paths: {} });
    expect(parseDocument('{"openapi": "3.1.0"}', 'x')).toEqual({ openapi: '3.1.0' });
  });
});
