import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findImportCycles, formatCycle, handwrittenRoots } from '../src/import-cycles.js';
import { repoRoot } from '../src/repo-root.js';

const root = repoRoot(dirname(fileURLToPath(import.meta.url)));
const tsConfig = join(root, 'tsconfig.base.json');

describe('findImportCycles on a made-up package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quality-cycles-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string): void => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  write('src/app.ts', "import { handle } from './http/handler.js';\nexport class App { run(): void { handle(this); } }\n");
  write('src/http/handler.ts', "import type { App } from '../app.js';\nexport function handle(app: App): void { void app; }\n");
  write('src/leaf.ts', 'export const leaf = 1;\n');
  write('src/uses-leaf.ts', "import { leaf } from './leaf.js';\nexport const twice = leaf * 2;\n");
  write('src/generated/a.gen.ts', "import { b } from './b.gen.js';\nexport const a = b;\n");
  write('src/generated/b.gen.ts', "import { a } from './a.gen.js';\nexport const b = () => a;\n");

  it('finds a circle made by a type-only import across folders, and only that one (generated/ is skipped)', async () => {
    const cycles = await findImportCycles(join(dir, 'src'), dir, tsConfig);
    expect(cycles.map(formatCycle)).toEqual(['src/app.ts -> src/http/handler.ts -> src/app.ts']);
  });

  it('finds none once the handler takes a context type from a module of its own', async () => {
    write('src/context.ts', 'export interface Context { readonly name: string }\n');
    write('src/http/handler.ts', "import type { Context } from '../context.js';\nexport function handle(ctx: Context): void { void ctx; }\n");
    write(
      'src/app.ts',
      "import type { Context } from './context.js';\nimport { handle } from './http/handler.js';\nexport class App implements Context { name = 'a'; run(): void { handle(this); } }\n",
    );
    expect(await findImportCycles(join(dir, 'src'), dir, tsConfig)).toEqual([]);
  });
});

describe('no import circles in the handwritten code', () => {
  const roots = handwrittenRoots(root);

  it('covers every package src, scripts/ and bench/', () => {
    const names = roots.map((r) => relative(root, r).split('\\').join('/'));
    for (const must of ['packages/core/src', 'packages/mock/src', 'packages/spec-diff/src', 'packages/postman-to-openapi/src', 'packages/quality/src', 'scripts', 'bench']) {
      expect(names).toContain(must);
    }
  });

  it.each(roots.map((r) => [relative(root, r).split('\\').join('/'), r] as const))('%s has none', async (_name, dir) => {
    const cycles = await findImportCycles(dir, root, tsConfig);
    // The message lists every circle, one per line, so a failure says what to untangle.
    expect(cycles.map(formatCycle), `import circles:\n${cycles.map(formatCycle).join('\n')}`).toEqual([]);
  });
});
