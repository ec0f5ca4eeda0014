import { realpathSync } from 'node:fs';
import { sep } from 'node:path';
import ts from 'typescript';
import { declarationEntries } from './declaration-entries.js';
import { entryPoints } from './entry-points.js';
import type { ApiReport, ReportedPackage } from './types.js';

const TOP_LEVEL =
  ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Class | ts.SymbolFlags.Enum | ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Module;

function resolve(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

function isTopLevel(decl: ts.Declaration): boolean {
  const holder = ts.isVariableDeclaration(decl) ? decl.parent.parent.parent : decl.parent;
  return holder !== undefined && (ts.isSourceFile(holder) || ts.isModuleBlock(holder));
}

/**
 * API reports of built packages, read from the declaration files they
 * publish (`exports` → `types`) with the TypeScript compiler: every export of
 * every entry point, and every declaration those reach that lives in one of
 * `packages` (also a dependency's, e.g. core's `rawClient` reaching
 * `@imgur-ts/client`'s `paths`), printed without comments and split into one
 * entry per member. Declarations of other packages (openapi-fetch, Node) are
 * referred to by name only. One compiler program for all packages.
 * @throws Error when a package is not built.
 */
export function apiReports(packages: readonly ReportedPackage[]): ApiReport[] {
  const entries = new Map(packages.map((p) => [p.name, entryPoints(p.dir)]));
  const roots = [...entries.values()].flatMap((m) => [...m.values()]);
  const program = ts.createProgram(roots, {
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
    // Only declarations of the reported packages are followed; standard library
    // types are referred to by name, so the library files need not be loaded.
    noLib: true,
  });
  const checker = program.getTypeChecker();
  const dirs = packages.map((p) => ({ name: p.name, dir: realpathSync(p.dir) + sep }));
  const ownerOf = (file: string): string | undefined => {
    let real = file;
    try {
      real = realpathSync(file);
    } catch {
      // a lib file: no package
    }
    return dirs.find((d) => real.startsWith(d.dir) && !real.slice(d.dir.length).includes(`node_modules${sep}`))?.name;
  };

  return packages.map((pkg) => {
    const out = new Map<string, string>();
    const exposes = new Set<string>();
    const seen = new Set<ts.Symbol>();
    const queue: ts.Symbol[] = [];
    const keyOf = (symbol: ts.Symbol): string | undefined => {
      const decl = symbol.declarations?.[0];
      const owner = decl && ownerOf(decl.getSourceFile().fileName);
      return owner && `${owner}#${symbol.name}`;
    };
    const visit = (symbol: ts.Symbol): void => {
      const target = resolve(checker, symbol);
      if (seen.has(target) || !(target.flags & TOP_LEVEL) || !(target.declarations ?? []).some(isTopLevel)) return;
      seen.add(target);
      queue.push(target);
    };
    for (const [sub, file] of entries.get(pkg.name) ?? []) {
      const source = program.getSourceFile(file);
      const module = source && checker.getSymbolAtLocation(source);
      if (!module) throw new Error(`api report: ${file} is not a module`);
      for (const exp of checker.getExportsOfModule(module)) {
        const target = resolve(checker, exp);
        out.set(`export ${sub} ${exp.name}`, keyOf(target) ?? `external ${checker.getFullyQualifiedName(target)}`);
        visit(target);
      }
    }
    while (queue.length > 0) {
      const symbol = queue.shift() as ts.Symbol;
      const key = keyOf(symbol);
      if (key === undefined) continue;
      const owner = key.slice(0, key.indexOf('#'));
      if (owner !== pkg.name) exposes.add(owner);
      for (const decl of (symbol.declarations ?? []).filter(isTopLevel)) {
        const file = decl.getSourceFile();
        for (const [k, v] of declarationEntries(decl, key, file)) out.set(k, out.has(k) ? [out.get(k), v].sort().join('\n') : v);
        const walk = (node: ts.Node): void => {
          const name = ts.isTypeReferenceNode(node)
            ? node.typeName
            : ts.isExpressionWithTypeArguments(node)
              ? node.expression
              : ts.isTypeQueryNode(node)
                ? node.exprName
                : ts.isImportTypeNode(node)
                  ? node.qualifier
                  : undefined;
          const at = name && (ts.isQualifiedName(name) ? name.right : ts.isPropertyAccessExpression(name) ? name.name : name);
          const referenced = at && checker.getSymbolAtLocation(at);
          if (referenced) visit(referenced);
          ts.forEachChild(node, walk);
        };
        walk(decl);
      }
    }
    const sorted = Object.fromEntries([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return { name: pkg.name, entries: sorted, exposes: [...exposes].sort() };
  });
}
