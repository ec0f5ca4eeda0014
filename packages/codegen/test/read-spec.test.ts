import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpec } from '../src/read-spec.js';

describe('readSpec', () => {
  it.each([
    ['{"openapi":"3.1.0","paths":{}}', null],
    ['{"openapi":"3.0.3"}', /"openapi" must be 3\.1\.x/],
    ['[]', /not a JSON object/],
    ['{', /cannot read the OpenAPI description/],
  ])('%s', (text, want) => {
    const dir = mkdtempSync(join(tmpdir(), 'imgur-codegen-r-'));
    const file = join(dir, 'openapi.json');
    writeFileSync(file, text);
    try {
      if (want === null) expect(readSpec(file)).toEqual(JSON.parse(text));
      else expect(() => readSpec(file)).toThrow(want);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
