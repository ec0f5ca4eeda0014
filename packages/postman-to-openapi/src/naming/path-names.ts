import type { DraftOperation, ParameterObject } from '../types.js';

// The braces of the last scan, `[open, close, open, close, …]`: reused, the scans neither nest nor are kept.
const braces: number[] = [];

/**
 * The positions of each `{name}` of a template: a `{` whose next brace is a `}` (what
 * `/\{([^{}]*)\}/g` matches), scanning once without regular expressions or callbacks (templates
 * are read for every draft, several times). The array is reused by the next scan.
 */
function scanParams(path: string): number[] {
  braces.length = 0;
  let open = path.indexOf('{');
  while (open >= 0) {
    let j = open + 1;
    while (j < path.length && path[j] !== '{' && path[j] !== '}') j++;
    if (j >= path.length) break;
    if (path[j] === '}') {
      braces.push(open, j);
      open = path.indexOf('{', j + 1);
    } else open = j;
  }
  return braces;
}

/** The template with parameter names erased: `/a/{x}` and `/a/{y}` both give `/a/{}`. */
export function templateKey(path: string): string {
  const at = scanParams(path);
  if (at.length === 0) return path;
  let out = '';
  let from = 0;
  for (let i = 0; i < at.length; i += 2) {
    out += `${path.slice(from, at[i] as number)}{}`;
    from = (at[i + 1] as number) + 1;
  }
  return out + path.slice(from);
}

/** Path parameter names of a template, in order. */
export function templateNames(path: string): string[] {
  const at = scanParams(path);
  const names: string[] = [];
  for (let i = 0; i < at.length; i += 2) names.push(path.slice((at[i] as number) + 1, at[i + 1] as number));
  return names;
}

/**
 * Renames path parameters of a draft to `names` (position by position). A renamed
 * parameter keeps its old name in `x-aliases` and says so in its description.
 * Returns the old -> new pairs that changed.
 */
export function renamePathParams(draft: DraftOperation, names: string[], label: string): [string, string][] {
  const old = templateNames(draft.path);
  const changes: [string, string][] = [];
  old.forEach((from, i) => {
    const to = names[i];
    if (to !== undefined && to !== from) changes.push([from, to]);
  });
  if (changes.length === 0) return changes;
  let index = 0;
  draft.path = draft.path.replace(/\{[^{}]*\}/g, () => `{${names[index++] ?? ''}}`);
  const map = new Map(changes);
  draft.operation.parameters = (draft.operation.parameters ?? []).map((p): ParameterObject => {
    const to = p.in === 'path' ? map.get(p.name) : undefined;
    if (to === undefined) return p;
    const aliases = [...new Set([...(p['x-aliases'] ?? []), p.name])].filter((a) => a !== to).sort();
    const note = `Named \`${p.name}\` in ${label}.`;
    const description = p.description?.includes(`\`${p.name}\``) ? p.description : p.description ? `${p.description} ${note}` : note;
    return { ...p, name: to, 'x-aliases': aliases, description };
  });
  return changes;
}

/** How often each path parameter name occurs across the drafts' templates. */
export function nameCounts(drafts: DraftOperation[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < drafts.length; i++) {
    const names = templateNames((drafts[i] as DraftOperation).path);
    for (let j = 0; j < names.length; j++) {
      const name = names[j] as string;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Parameter names for drafts with equivalent templates: per position, the name used most
 * often in the whole collection (`counts`); ties go to the draft listed first.
 */
export function canonicalNames(group: DraftOperation[], counts: Map<string, number>): string[] {
  const lists = group.map((d) => templateNames(d.path));
  return (lists[0] ?? []).map((_n, i) => {
    let best = lists[0]?.[i] ?? '';
    for (const list of lists) {
      const name = list[i] ?? '';
      if ((counts.get(name) ?? 0) > (counts.get(best) ?? 0)) best = name;
    }
    return best;
  });
}
