import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** Source files (paths relative to `root`, `/`-separated) and the relative imports of each, resolved to such paths. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
const posix = (path: string): string => path.split(sep).join('/');

/**
 * Reads every `.ts` file under `root` and lists its relative imports and
 * re-exports (`import type` and `import()` included), as TypeScript's
 * `preProcessFile` finds them. A specifier `./x.js` names `./x.ts`; one that
 * names no file throws, naming the importer. Package imports are left out.
 */
export function importGraph(root: string): ImportGraph {
  const graph = new Map<string, string[]>();
  for (const file of walk(root)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((i) => i.fileName)
      .filter((s) => s.startsWith('.'))
      .map((s) => {
        const target = resolve(dirname(file), s.replace(/\.js$/, '.ts'));
        if (!existsSync(target)) throw new Error(`${posix(relative(root, file))}: import '${s}' names no file`);
        return posix(relative(root, target));
      });
    graph.set(posix(relative(root, file)), [...new Set(targets)]);
  }
  return graph;
}

/** Every import circle of `graph` (one path per strongly connected group, first file repeated at the end); none: `[]`. */
export function findCircles(graph: ImportGraph): string[][] {
  // Tarjan's strongly connected components; a group of two or more files, or a file importing itself, is a circle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) === index.get(file)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== file);
      if (group.length > 1 || graph.get(file)?.includes(file)) groups.push(group);
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return groups.map((group) => circleThrough(graph, new Set(group), group[group.length - 1]!));
}

/** One closed path through `members`, starting and ending at `start` (breadth-first, so the shortest). */
function circleThrough(graph: ImportGraph, members: ReadonlySet<string>, start: string): string[] {
  const from = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    for (const next of graph.get(file) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at = file; at !== start; at = from.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!from.has(next)) {
        from.set(next, file);
        queue.push(next);
      }
    }
  }
  throw new Error(`no circle through ${start}`);
}

/** The folder a file belongs to (`http/send.ts` → `http`), or `.` for a file at the root. */
export const folderOf = (file: string): string => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '.');

/**
 * The folders each folder's README.md allows it to import, from its line
 * `May import: \`a\`, \`b\`` (or `May import: nothing`). Throws when a folder
 * has no README or the README no such line.
 */
export function allowedImports(root: string): ReadonlyMap<string, ReadonlySet<string>> {
  const allowed = new Map<string, Set<string>>();
  for (const name of readdirSync(root)
    .filter((n) => statSync(join(root, n)).isDirectory())
    .sort()) {
    const readme = join(root, name, 'README.md');
    if (!existsSync(readme)) throw new Error(`src/${name}/ has no README.md saying what lives there and what it may import`);
    const line = /^May import: (.+)$/m.exec(readFileSync(readme, 'utf8'));
    if (!line) throw new Error(`src/${name}/README.md has no "May import: ..." line`);
    allowed.set(name, new Set(line[1]!.trim() === 'nothing' ? [] : [...line[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)));
  }
  return allowed;
}

/** Imports that cross from one folder into another its README does not allow, as `from -> to` lines. Root files may import anything. */
export function forbiddenImports(graph: ImportGraph, allowed: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const bad: string[] = [];
  for (const [file, targets] of graph) {
    const folder = folderOf(file);
    if (folder === '.') continue;
    for (const target of targets) {
      const to = folderOf(target);
      if (to !== folder && !allowed.get(folder)?.has(to)) bad.push(`${file} -> ${target}`);
    }
  }
  return bad;
}
