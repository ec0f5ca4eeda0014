import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * Type-checks generated files with the TypeScript 5.9 compiler API under the
 * repository's strict settings, in a temporary folder. `@imgur-ts/core` is the
 * contract stub, `@imgur-ts/models` the given `models.gen.ts`. Returns the
 * diagnostics as `file: message` lines (empty when everything compiles).
 */
export function typecheck(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'imgur-codegen-'));
  try {
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    writeFileSync(join(dir, 'core-stub.d.ts'), readFileSync(new URL('../fixtures/core-stub.d.ts', import.meta.url), 'utf8'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const options: ts.CompilerOptions = {
      strict: true,
      noUncheckedIndexedAccess: true,
      verbatimModuleSyntax: true,
      isolatedModules: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
      paths: { '@imgur-ts/core': ['./core-stub.d.ts'], '@imgur-ts/models': ['./models.gen.ts'] },
      baseUrl: dir,
    };
    const program = ts.createProgram(
      Object.keys(files).map((f) => join(dir, f)),
      options,
    );
    return ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? d.file.fileName.slice(dir.length + 1) : '(global)';
      return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
