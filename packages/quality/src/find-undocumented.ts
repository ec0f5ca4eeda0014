import ts from 'typescript';

// A block with tags but no summary (e.g. only `@deprecated`) does not count.
function hasJsDoc(symbol: ts.Symbol, checker: ts.TypeChecker): boolean {
  return symbol.getDocumentationComment(checker).some((p) => p.text.trim() !== '');
}

// `/** … */ export { X } from 'elsewhere'` documents X at the re-export site
// (the way to document a re-exported third-party type).
function documentedAtReExport(alias: ts.Symbol): boolean {
  return (alias.declarations ?? []).some((d) => {
    const statement = ts.isExportSpecifier(d) ? d.parent.parent : undefined;
    return statement !== undefined && ts.getJSDocCommentsAndTags(statement).some((j) => ts.isJSDoc(j) && ts.getTextOfJSDocComment(j.comment)?.trim());
  });
}

function where(decl: ts.Declaration): string {
  const file = decl.getSourceFile();
  const { line } = file.getLineAndCharacterOfPosition(decl.getStart());
  return `${file.fileName}:${line + 1}`;
}

/**
 * Lists the exports of `entryFile` (following re-exports and `export *`)
 * whose declarations carry no JSDoc summary, as `name (file:line)`. A JSDoc
 * block on an `export { … } from` statement documents what it re-exports. Uses the
 * TypeScript 5.9 compiler API; `compilerOptions` default to NodeNext/strict.
 */
export function findUndocumented(entryFile: string, compilerOptions: ts.CompilerOptions = {}): string[] {
  const program = ts.createProgram([entryFile], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    ...compilerOptions,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entryFile);
  if (!source) throw new Error(`findUndocumented: cannot read ${entryFile}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) return [];
  const missing: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decl = target.declarations?.[0];
    if (!decl) continue;
    if (!hasJsDoc(target, checker) && !documentedAtReExport(exported)) missing.push(`${exported.name} (${where(decl)})`);
  }
  return missing.sort();
}
