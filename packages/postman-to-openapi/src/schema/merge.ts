import { canonicalNames, nameCounts, renamePathParams, templateKey, templateNames } from '../naming/path-names.js';
import type { DraftOperation, ParameterObject } from '../types.js';
import { mergeBodies, mergeResponses, unionSecurity } from './union.js';

/** "Folder / Request" label of a draft. */
export const labelOf = (d: DraftOperation): string => [...d.entry.folders, d.entry.name].join(' / ');

function mergeParams(into: ParameterObject[], from: ParameterObject[], firstLabel: string): ParameterObject[] {
  const out = into.map((p) => ({ ...p }));
  for (const p of from) {
    const same = out.find((q) => q.in === p.in && q.name === p.name);
    if (!same) {
      out.push({ ...p, required: p.in === 'path' });
      continue;
    }
    if (p.description && same.description !== p.description) {
      const own = same.description ?? (p['x-aliases'] ? `Named \`${same.name}\` in ${firstLabel}.` : '');
      same.description = own ? `${own} ${p.description}` : p.description;
    }
    const aliases = [...new Set([...(same['x-aliases'] ?? []), ...(p['x-aliases'] ?? [])])].sort();
    if (aliases.length > 0) same['x-aliases'] = aliases;
  }
  for (const q of out) if (q.in !== 'path' && !from.some((p) => p.in === q.in && p.name === q.name)) q.required = false;
  return out;
}

/** What {@link mergeDrafts} did. */
export interface MergeResult {
  drafts: DraftOperation[];
  absorbed: [DraftOperation, DraftOperation, string][];
  renamed: [DraftOperation, string, string][];
}

/** States, on each merged path parameter named differently, every name and who used it. */
function describeAliases(first: DraftOperation, group: DraftOperation[], originals: string[][], auths: string[]): void {
  const names = templateNames(first.path);
  if (!first.operation.parameters) return;
  first.operation.parameters = first.operation.parameters.map((p) => {
    const i = p.in === 'path' ? names.indexOf(p.name) : -1;
    const used = group.map((d, g) => `\`${originals[g]?.[i] ?? ''}\` with ${auths[g] ?? 'no auth'} (${labelOf(d)})`);
    if (i < 0 || new Set(originals.map((o) => o[i])).size < 2) return p;
    const own = (p.description ?? '')
      .split(/(?<=\.) (?=Named `)/)
      .filter((t) => !t.startsWith('Named `'))
      .join(' ');
    const text = `One value, named differently by the merged requests: ${used.join('; ')}.`;
    return { ...p, description: own ? `${own} ${text}` : text };
  });
}

/**
 * Merges drafts that share a method and an equivalent path template (same path up to
 * parameter names) into the first one: path parameters take the names used most often in
 * the collection (ties: the first draft's; others kept as `x-aliases`), security alternatives, parameters, bodies and responses
 * are united, descriptions joined, and `x-merged-from` lists every request.
 * Returns the merged drafts, per absorbed draft the draft it went into and its own path,
 * and the path parameters of kept drafts that took another request's name.
 */
export function mergeDrafts(drafts: DraftOperation[]): MergeResult {
  const groups = new Map<string, DraftOperation[]>();
  for (const d of drafts) {
    const key = `${d.method} ${templateKey(d.path)}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const absorbed: [DraftOperation, DraftOperation, string][] = [];
  const counts = nameCounts(drafts);
  const renamed: [DraftOperation, string, string][] = [];
  const out: DraftOperation[] = [];
  for (const group of groups.values()) {
    const [first, ...rest] = group;
    if (!first) continue;
    out.push(first);
    if (rest.length === 0) continue;
    const names = canonicalNames(group, counts);
    const texts = group.map((d) => [d.operation.summary, d.operation.description].filter(Boolean).join('\n\n'));
    const originals = group.map((d) => templateNames(d.path));
    const auths = group.map((d) => d.operation.security.map((r) => Object.keys(r).join(' + ')).join(' or ') || 'no auth');
    for (const [from, to] of renamePathParams(first, names, labelOf(first))) renamed.push([first, from, to]);
    for (const d of rest) {
      const ownPath = d.path;
      renamePathParams(d, names, labelOf(d));
      const op = first.operation;
      op.parameters = mergeParams(op.parameters ?? [], d.operation.parameters ?? [], labelOf(first));
      if (op.parameters.length === 0) delete op.parameters;
      const body = mergeBodies(op.requestBody, d.operation.requestBody);
      if (body) op.requestBody = body;
      op.responses = mergeResponses(op.responses, d.operation.responses);
      op.security = unionSecurity(op.security, d.operation.security);
      const tags = [...new Set([...(op.tags ?? []), ...(d.operation.tags ?? [])])];
      if (tags.length > 0) op.tags = tags;
      const known = [first.server, ...(first.otherServers ?? [])].map((x) => JSON.stringify(x));
      if (!known.includes(JSON.stringify(d.server))) first.otherServers = [...(first.otherServers ?? []), d.server];
      Object.assign(first.schemes, d.schemes);
      Object.assign(first.schemas, d.schemas);
      absorbed.push([d, first, ownPath]);
    }
    describeAliases(first, group, originals, auths);
    if (new Set(texts).size > 1) {
      first.operation.description = group.map((d, i) => `**${labelOf(d)}**: ${texts[i] || '(no description)'}`).join('\n\n');
    }
    first.operation['x-merged-from'] = group.map(labelOf);
  }
  return { drafts: out, absorbed, renamed };
}
