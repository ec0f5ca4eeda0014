import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
// Entry files named by package.json `exports` (src/X.ts builds to dist/X.js).
const entries = ['index', 'index.node', 'index.browser', 'node', 'capture', 'store'] as const;
// The export names of every entry as published; a change here is a change of the public API.
const published = JSON.parse(readFileSync(join(pkg, 'test/public-api.json'), 'utf8')) as Record<string, { runtime: string[]; types: string[] }>;

describe('public API', () => {
  it('every entry point exports exactly the published runtime names', async () => {
    for (const entry of entries) {
      const mod = (await import(pathToFileURL(join(pkg, 'src', `${entry}.ts`)).href)) as Record<string, unknown>;
      expect([entry, Object.keys(mod).sort()]).toEqual([entry, published[entry]!.runtime]);
    }
  });

  it('every entry point exports exactly the published names to TypeScript (types and values)', () => {
    const files = entries.map((entry) => join(pkg, 'src', `${entry}.ts`));
    const program = ts.createProgram(files, {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
      skipLibCheck: true,
      types: ['node'],
    });
    const checker = program.getTypeChecker();
    for (const [i, entry] of entries.entries()) {
      const symbol = checker.getSymbolAtLocation(program.getSourceFile(files[i]!)!)!;
      const names = checker
        .getExportsOfModule(symbol)
        .map((s) => s.name)
        .sort();
      expect([entry, names]).toEqual([entry, published[entry]!.types]);
    }
  });
});
