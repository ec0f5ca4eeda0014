import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { allowedImports, findCircles, forbiddenImports, importGraph } from './support/import-graph.js';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

/** Writes `files` (path -> source) into a fresh folder and returns it; removed by the caller. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'core-structure-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the import graph checks', () => {
  it('find a circle (type imports and re-exports included) and name its files in order', () => {
    const root = tree({
      'a/one.ts': "import type { T } from '../b/two.js';\nexport const one = 1;",
      'b/two.ts': "export { three } from './three.js';\nexport type T = 1;",
      'b/three.ts': "import { one } from '../a/one.js';\nexport const three = one;",
      'c/free.ts': "import { one } from '../a/one.js';\nexport const free = one;",
    });
    try {
      expect(findCircles(importGraph(root))).toEqual([['a/one.ts', 'b/two.ts', 'b/three.ts', 'a/one.ts']]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('find a file importing itself, and nothing in a graph without circles', () => {
    expect(findCircles(new Map([['x.ts', ['x.ts']]]))).toEqual([['x.ts', 'x.ts']]);
    expect(
      findCircles(
        new Map([
          ['x.ts', ['y.ts']],
          ['y.ts', ['z.ts']],
          ['z.ts', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('name an import of a folder its README does not allow, and a folder without README or rule', () => {
    const root = tree({
      'low/README.md': '# low\n\nMay import: nothing\n',
      'low/a.ts': "import { b } from '../high/b.js';\nexport const a = b;",
      'high/README.md': '# high\n\nMay import: `low`\n',
      'high/b.ts': "import { a } from '../low/a.js';\nexport const b = 1, c = a;",
      'entry.ts': "export { a } from './low/a.js';",
    });
    try {
      expect(forbiddenImports(importGraph(root), allowedImports(root))).toEqual(['low/a.ts -> high/b.ts']);
      rmSync(join(root, 'high/README.md'));
      expect(() => allowedImports(root)).toThrow('src/high/ has no README.md');
      writeFileSync(join(root, 'high/README.md'), '# high\n');
      expect(() => allowedImports(root)).toThrow('src/high/README.md has no "May import: ..." line');
      writeFileSync(join(root, 'low/c.ts'), "import { x } from './missing.js';");
      expect(() => importGraph(root)).toThrow("low/c.ts: import './missing.js' names no file");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('core source layout', () => {
  const graph = importGraph(src);

  it('has no import circle in src/', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(findCircles(graph)).toEqual([]);
  });

  it('has each folder import only the folders its README allows', () => {
    const allowed = allowedImports(src);
    expect([...allowed.keys()]).toContain('http');
    expect(forbiddenImports(graph, allowed)).toEqual([]);
  });

  it('keeps src/types/ to declarations only: no runtime code, imports of types/ only', () => {
    const typesOnly = [...graph.keys()].filter((f) => f.startsWith('types/'));
    expect(typesOnly.length).toBeGreaterThan(5);
    for (const file of typesOnly) {
      const js = ts.transpileModule(readFileSync(join(src, file), 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true } }).outputText;
      expect([file, js.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').trim()]).toEqual([file, 'export {};']);
    }
  });

  it('has entry files at the root that only re-export', () => {
    const entries = [...graph.keys()].filter((f) => !f.includes('/'));
    expect(entries.sort()).toEqual(['capture.ts', 'index.browser.ts', 'index.node.ts', 'index.ts', 'node.ts', 'store.ts']);
    for (const file of entries) {
      const source = ts.createSourceFile(file, readFileSync(join(src, file), 'utf8'), ts.ScriptTarget.ES2022);
      const other = source.statements.filter((s) => !(ts.isExportDeclaration(s) && s.moduleSpecifier));
      expect([file, other.map((s) => s.getText(source))]).toEqual([file, []]);
    }
  });
});
