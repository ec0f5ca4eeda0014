import { record } from '../input/record.js';
import { exampleKey } from '../naming/example-key.js';
import { canonicalNames, nameCounts, renamePathParams, templateKey, templateNames } from '../naming/path-names.js';
import type { DraftOperation, ServerObject } from '../types.js';
import { labelOf } from './label.js';
import { type ContentSource, mergeContents } from './merge-content.js';
import { describePlaced, mergeResponses } from './merge-responses.js';
import { mergeParams } from './merge-params.js';
import { serverKey } from './server-key.js';
import { unionSecurities } from './union.js';

export { labelOf };

/** One absorbed request: the draft, the draft it went into, its own path, and where its content was kept. */
interface Absorbed {
  draft: DraftOperation;
  into: DraftOperation;
  ownPath: string;
  kept: string[];
}

/** What {@link mergeDrafts} did. */
export interface MergeResult {
  drafts: DraftOperation[];
  absorbed: Absorbed[];
  renamed: [DraftOperation, string, string][];
}

/** States, on each merged path parameter named differently, every name and who used it. */
function describeAliases(first: DraftOperation, group: DraftOperation[], originals: string[][], auths: string[]): void {
  const names = templateNames(first.path);
  if (!first.operation.parameters) return;
  first.operation.parameters = first.operation.parameters.map((p) => {
    const i = p.in === 'path' ? names.indexOf(p.name) : -1;
    if (i < 0 || new Set(originals.map((o) => o[i])).size < 2) return p;
    const used = group.map((d, g) => `\`${originals[g]?.[i] ?? ''}\` with ${auths[g] ?? 'no auth'} (${labelOf(d)})`);
    const own = (p.description ?? '')
      .split(/(?<=\.) (?=Named `)/)
      .filter((t) => !t.startsWith('Named `'))
      .join(' ');
    const text = `One value, named differently by the merged requests: ${used.join('; ')}.`;
    return { ...p, description: own ? `${own} ${text}` : text };
  });
}

function mergeGroup(group: DraftOperation[], counts: Map<string, number>, absorbed: Absorbed[], renamed: MergeResult['renamed']): DraftOperation {
  const first = group[0] as DraftOperation;
  const rest = group.slice(1);
  const names = canonicalNames(group, counts);
  const texts = group.map((d) => [d.operation.summary, d.operation.description].filter(Boolean).join('\n\n'));
  const originals = group.map((d) => templateNames(d.path));
  const auths = group.map((d) => d.operation.security.map((r) => Object.keys(r).join(' + ')).join(' or ') || 'no auth');
  const ownPaths = group.map((d) => d.path);
  for (const [from, to] of renamePathParams(first, names, labelOf(first))) renamed.push([first, from, to]);
  for (const d of rest) renamePathParams(d, names, labelOf(d));
  const op = first.operation;
  const kept: string[][] = group.map(() => []);
  const keys = group.map((d) => exampleKey(d.entry.name) || 'request');
  const params = mergeParams(
    group.map((d) => d.operation.parameters ?? []),
    labelOf(first),
  );
  if (params.length > 0) op.parameters = params;
  else delete op.parameters;
  const sources: ContentSource[] = [];
  for (let i = 0; i < group.length; i++) {
    const d = group[i] as DraftOperation;
    sources.push({ label: labelOf(d), key: keys[i] ?? 'request', content: d.operation.requestBody?.content ?? record() });
  }
  const body = mergeContents(sources);
  describePlaced(body.placed, (p) => `the request body (${p.mediaType})`, kept);
  if (Object.keys(body.content).length > 0) op.requestBody = { content: body.content };
  op.responses = mergeResponses(group, keys, kept);
  op.security = unionSecurities(group.map((d) => d.operation.security));
  const tags = new Set<string>();
  for (const d of group) for (const tag of d.operation.tags ?? []) tags.add(tag);
  if (tags.size > 0) op.tags = [...tags];
  const known = new Set([serverKey(first.server), ...(first.otherServers ?? []).map(serverKey)]);
  // A new list once, grown in place: copied for every new server, many servers on one path took quadratic time.
  let otherServers: ServerObject[] | undefined;
  for (const d of rest) {
    const key = serverKey(d.server);
    if (!known.has(key)) {
      known.add(key);
      (otherServers ??= [...(first.otherServers ?? [])]).push(d.server);
    }
    Object.assign(first.schemes, d.schemes);
    Object.assign(first.schemas, d.schemas);
  }
  if (otherServers) first.otherServers = otherServers;
  rest.forEach((d, i) => {
    absorbed.push({ draft: d, into: first, ownPath: ownPaths[i + 1] ?? d.path, kept: kept[i + 1] ?? [] });
  });
  describeAliases(first, group, originals, auths);
  if (new Set(texts).size > 1) {
    const parts: string[] = [];
    for (let i = 0; i < group.length; i++) parts.push(`**${labelOf(group[i] as DraftOperation)}**: ${texts[i] || '(no description)'}`);
    op.description = parts.join('\n\n');
  }
  op['x-merged-from'] = group.map(labelOf);
  return first;
}

/**
 * Merges drafts that share a method and an equivalent path template (same path up to
 * parameter names) into the first one, in time linear in their size: path parameters take
 * the names used most often in the collection (ties: the first draft's; others kept as
 * `x-aliases`), security alternatives and parameters are united, every request body and
 * saved response is kept as a named example under a schema that accepts them all,
 * descriptions are joined, and `x-merged-from` lists every request.
 * Returns the merged drafts, each absorbed draft with where its content was kept, and the
 * path parameters of kept drafts that took another request's name. `counts` is {@link nameCounts} of
 * `drafts` when the caller has it already.
 */
export function mergeDrafts(drafts: DraftOperation[], counts: Map<string, number> = nameCounts(drafts)): MergeResult {
  const groups = new Map<string, DraftOperation[]>();
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as DraftOperation;
    const key = `${d.method} ${templateKey(d.path)}`;
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  const absorbed: Absorbed[] = [];
  const renamed: MergeResult['renamed'] = [];
  const out: DraftOperation[] = [];
  for (const group of groups.values()) out.push(group.length === 1 ? (group[0] as DraftOperation) : mergeGroup(group, counts, absorbed, renamed));
  return { drafts: out, absorbed, renamed };
}
