import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { staticExposure } from '../../src/surface/static-exposure.js';

const root = mkdtempSync(join(tmpdir(), 'static-exposure-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function pkg(name: string, files: Record<string, string>): [string, string] {
  const dir = join(root, name);
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'src', f, '..'), { recursive: true });
    writeFileSync(join(dir, 'src', f), text);
  }
  return [`@x/${name}`, dir];
}

describe('staticExposure', () => {
  it('counts type imports, type specifiers and re-exports of workspace packages, not value-only imports, tests or other packages', () => {
    const packages = new Map([
      pkg('client', { 'index.ts': "import createFetchClient from 'openapi-fetch';\nexport type { paths } from './generated/paths.gen.js';\n" }),
      pkg('core', {
        'raw.ts': "import type { Client } from '@x/client';\nimport { createClient } from '@x/client';\n",
        'upload.ts': "import { parse } from '@x/models';\n",
        'x.test.ts': "import type { Image } from '@x/models';\n",
      }),
      pkg('album', { 'generated/ops.gen.ts': "import { defineOperation, type Operation } from '@x/core';\n" }),
      pkg('models', { 'index.ts': 'export interface Image { id: string }\n' }),
    ]);
    const out = staticExposure(packages);
    expect(Object.fromEntries([...out].map(([k, v]) => [k, [...v].sort()]))).toEqual({
      '@x/client': [],
      '@x/core': ['@x/client'],
      '@x/album': ['@x/core'],
      '@x/models': [],
    });
  });
});
