import { mergeSchemas } from './schema-infer.js';
import { renamePathParams, templateKey, templateNames } from './path-names.js';
import type { DraftOperation, ParameterObject, RequestBodyObject, ResponseObject, SchemaObject, SecurityRequirement } from './types.js';

/** "Folder / Request" label of a draft. */
export const labelOf = (d: DraftOperation): string => [...d.entry.folders, d.entry.name].join(' / ');

function mergeParams(into: ParameterObject[], from: ParameterObject[], firstLabel: string): ParameterObject[] {
  const out = into.map((p) => ({ ...p }));
  for (const p of from) {
    const same = out.find((q) => q.in === p.in && q.name === p.name);
    if (!same) { out.push({ ...p, required: p.in === 'path' }); continue; }
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

/** Union of security alternatives; a request without auth adds `{}` (auth optional). */
export function unionSecurity(a: SecurityRequirement[], b: SecurityRequirement[]): SecurityRequirement[] {
  const all = [...(a.length === 0 ? [{}] : a), ...(b.length === 0 ? [{}] : b)].map((s) => JSON.stringify(s));
  const unique = [...new Set(all)].sort().map((s) => JSON.parse(s) as SecurityRequirement);
  return unique.length === 1 && Object.keys(unique[0] ?? {}).length === 0 ? [] : unique;
}

function unionSchema(a: SchemaObject, b: SchemaObject): SchemaObject {
  if (JSON.stringify(a) === JSON.stringify(b)) return a;
  if (a.type === 'object' && b.type === 'object') {
    const merged = mergeSchemas(a, b);
    const required = (a.required ?? []).filter((k) => (b.required ?? []).includes(k));
    return required.length > 0 ? { ...merged, required } : merged;
  }
  const options = [...(a.oneOf ?? [a]), ...(b.oneOf ?? [b])];
  return { oneOf: options.filter((s, i) => options.findIndex((t) => JSON.stringify(t) === JSON.stringify(s)) === i) };
}

function mergeBodies(a: RequestBodyObject | undefined, b: RequestBodyObject | undefined): RequestBodyObject | undefined {
  if (!a || !b) return a ?? b;
  const content = { ...a.content };
  for (const [type, media] of Object.entries(b.content)) {
    const mine = content[type];
    content[type] = mine ? { ...mine, schema: unionSchema(mine.schema, media.schema) } : media;
  }
  return { content };
}

function mergeResponses(a: Record<string, ResponseObject>, b: Record<string, ResponseObject>): Record<string, ResponseObject> {
  const out = structuredClone(a);
  for (const [code, response] of Object.entries(b)) {
    const mine = out[code];
    if (!mine) { out[code] = response; continue; }
    if (mine.description !== response.description) mine.description = `${mine.description}; ${response.description}`;
    for (const [type, media] of Object.entries(response.content ?? {})) {
      const content = (mine.content ??= {});
      const existing = content[type];
      content[type] = existing ? { ...existing, schema: unionSchema(existing.schema, media.schema) } : media;
    }
  }
  if (out['default'] && Object.keys(out).some((c) => /^2/.test(c))) delete out['default'];
  return out;
}

/**
 * Merges drafts that share a method and an equivalent path template (same path up to
 * parameter names) into the first one: path parameters take the first draft's names
 * (others kept as `x-aliases`), security alternatives, parameters, bodies and responses
 * are united, descriptions joined, and `x-merged-from` lists every request.
 * Returns the merged drafts and, per absorbed draft, the draft it went into and its own path.
 */
export function mergeDrafts(drafts: DraftOperation[]): { drafts: DraftOperation[]; absorbed: [DraftOperation, DraftOperation, string][] } {
  const groups = new Map<string, DraftOperation[]>();
  for (const d of drafts) {
    const key = `${d.method} ${templateKey(d.path)}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const absorbed: [DraftOperation, DraftOperation, string][] = [];
  const out: DraftOperation[] = [];
  for (const group of groups.values()) {
    const [first, ...rest] = group;
    if (!first) continue;
    out.push(first);
    if (rest.length === 0) continue;
    const names = templateNames(first.path);
    const texts = group.map((d) => [d.operation.summary, d.operation.description].filter(Boolean).join('\n\n'));
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
      Object.assign(first.schemes, d.schemes);
      Object.assign(first.schemas, d.schemas);
      absorbed.push([d, first, ownPath]);
    }
    if (new Set(texts).size > 1) {
      first.operation.description = group.map((d, i) => `**${labelOf(d)}**: ${texts[i] || '(no description)'}`).join('\n\n');
    }
    first.operation['x-merged-from'] = group.map(labelOf);
  }
  return { drafts: out, absorbed };
}
