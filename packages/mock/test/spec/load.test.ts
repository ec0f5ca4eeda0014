import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSpec } from '../../src/spec/load.js';

const dir = mkdtempSync(join(tmpdir(), 'mock-spec-'));
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

test('the default is the bundled Imgur description', async () => {
  const doc = await loadSpec();
  expect(doc.openapi).toMatch(/^3\.1/);
  expect(Object.keys(doc.paths ?? {})).toContain('/3/upload');
});

test('an object or a JSON file', async () => {
  const doc = { openapi: '3.1.0', paths: {} };
  expect(await loadSpec(doc)).toBe(doc);
  expect(await loadSpec(file('ok.json', JSON.stringify(doc)))).toEqual(doc);
});

describe('errors name the file and the problem', () => {
  const cases: [() => string, RegExp][] = [
    [() => join(dir, 'missing.json'), /Cannot read the OpenAPI file .*missing.json/],
    [() => file('bad.json', '{'), /Invalid OpenAPI file .*bad.json: /],
    [() => file('v2.json', '{"swagger":"2.0","paths":{}}'), /v2.json is not an OpenAPI 3.x document/],
    [() => file('nopaths.json', '{"openapi":"3.1.0"}'), /nopaths.json has no "paths" object/],
  ];
  test.each(cases)('case %#', async (path, want) => {
    await expect(loadSpec(path())).rejects.toThrow(want);
  });
});
