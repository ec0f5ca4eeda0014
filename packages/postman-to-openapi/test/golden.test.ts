import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { convert, reportText, serializeDocument } from '../src/index.js';
import { openApiErrors } from './support/validate.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.postman_collection.json'))
  .sort();
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden files (regenerate with UPDATE_GOLDEN=1)', () => {
  it('has fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
  });

  it('the validator used here rejects equivalent templates and undeclared path parameters', async () => {
    const op = (id: string) => ({ operationId: id, responses: { default: { description: 'x' } } });
    const errors = await openApiErrors({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: { '/a/{x}': { get: op('a') }, '/a/{y}': { delete: { ...op('b'), parameters: [{ name: 'y', in: 'path', required: true, schema: { type: 'string' } }] } } },
    });
    expect(errors.some((e) => e.startsWith('no-identical-paths'))).toBe(true);
    expect(errors.some((e) => e.startsWith('path-parameters-defined'))).toBe(true);
  });

  it.each(fixtures)('%s -> matches its .openapi.json and .report.json, and is a valid OpenAPI 3.1 document', async (file) => {
    const base = file.replace('.postman_collection.json', '');
    const result = convert(readFileSync(join(dir, file), 'utf8'), { source: file });
    const outputs: [string, string][] = [
      [`${base}.openapi.json`, serializeDocument(result.document)],
      [`${base}.report.json`, reportText(file, result)],
    ];
    for (const [name, text] of outputs) {
      const path = join(dir, name);
      if (update) writeFileSync(path, text);
      expect(existsSync(path), `${name} missing: run UPDATE_GOLDEN=1 pnpm test`).toBe(true);
      expect(text).toBe(readFileSync(path, 'utf8'));
    }
    expect(await openApiErrors(JSON.parse(readFileSync(join(dir, `${base}.openapi.json`), 'utf8')))).toEqual([]);
  });
});
