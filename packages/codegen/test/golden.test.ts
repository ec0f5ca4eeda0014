import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateClient } from '../src/client.js';
import { generateModels } from '../src/models.js';
import { generateResource } from '../src/resource/generate-resource.js';
import type { JsonObject } from '../src/types.js';
import { typecheck } from './support/typecheck.js';

const spec = JSON.parse(readFileSync(new URL('./fixtures/mini.openapi.json', import.meta.url), 'utf8')) as JsonObject;
const goldenUrl = (name: string) => new URL(`./fixtures/golden/${name}`, import.meta.url);

async function generateAll(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const put = (prefix: string, files: ReadonlyMap<string, string>) => {
    for (const [name, text] of files) out[`${prefix}${name}`] = text;
  };
  put('', await generateModels(spec));
  put('', await generateClient(spec));
  put('thing.', generateResource(spec, 'thing'));
  put('other.', generateResource(spec, 'Other'));
  return out;
}

describe('golden files (test/fixtures/mini.openapi.json)', async () => {
  const generated = await generateAll();
  if (process.env.UPDATE_GOLDEN === '1') for (const [name, text] of Object.entries(generated)) writeFileSync(goldenUrl(name), text);

  it.each(Object.keys(generated))('%s matches its golden file', (name) => {
    expect(generated[name]).toBe(readFileSync(goldenUrl(name), 'utf8'));
  });

  it('produces exactly the expected files', () => {
    expect(Object.keys(generated).sort()).toEqual(['models.gen.ts', 'other.operations.gen.ts', 'paths.gen.ts', 'thing.operations.gen.ts']);
  });

  it('compiles under the strict settings', () => {
    expect(typecheck(generated)).toEqual([]);
  });

  it('is deterministic', async () => {
    expect(await generateAll()).toEqual(generated);
  });
});
