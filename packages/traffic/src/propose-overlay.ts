import { stringify } from 'yaml';
import { isModelTarget } from './model-target.js';
import { getPointer, jsonType } from './pointer.js';
import type { CheckReport, Finding, JsonValue, OpenApiDocument } from './types.js';

/** One Overlay 1.0 action. */
export interface OverlayAction {
  target: string;
  description: string;
  update?: JsonValue;
  remove?: true;
}

/**
 * Proposes OpenAPI Overlay 1.0 actions that would make the failing bodies pass: undeclared fields declared (type as
 * seen, description to be written), required fields that some body lacks made optional, forbidden nulls allowed.
 * Schema errors (wrong types, enum values) are listed as comments for a maintainer to decide.
 */
export function proposeOverlay(report: CheckReport, spec: OpenApiDocument): { actions: OverlayAction[]; unresolved: string[] } {
  const found = report.results.filter((r) => !r.ok).flatMap((r) => r.findings.map((f) => ({ f, id: r.id })));
  // The envelope around a model-addressed body is no place of the spec: what fails there is left to a maintainer.
  const failing = found.filter(({ f }) => !isModelTarget(f.schemaPath));
  const actions: OverlayAction[] = [];
  const unresolved: string[] = [];

  const undeclared = group(
    failing.filter(({ f }) => f.kind === 'undeclared'),
    (f) => f.schemaPath,
  );
  for (const [schemaPath, items] of undeclared) {
    const fields = group(items, (f) => f.field ?? '');
    const properties: Record<string, JsonValue> = {};
    for (const [field, seen] of fields) {
      properties[field] = { ...typeOf(seen.map((s) => s.f.value ?? null)), description: `TODO: describe. Seen in ${count(seen)}.` };
    }
    actions.push({ target: toJsonPath(schemaPath), description: `Declare ${[...fields.keys()].join(', ')} (seen in real responses).`, update: { properties } });
  }

  const missing = group(
    failing.filter(({ f }) => f.kind === 'missing-required'),
    (f) => `${f.schemaPath}\u0000${f.field}`,
  );
  for (const [key, seen] of missing) {
    const [schemaPath, field] = key.split('\u0000') as [string, string];
    actions.push({ target: `${toJsonPath(schemaPath)}.required[?(@ == '${field}')]`, description: `\`${field}\` is absent in ${count(seen)}: not required.`, remove: true });
  }

  const nulls = group(
    failing.filter(({ f }) => f.kind === 'forbidden-null' && f.field !== undefined),
    (f) => `${f.schemaPath}\u0000${f.field}`,
  );
  for (const [key, seen] of nulls) {
    const [schemaPath, field] = key.split('\u0000') as [string, string];
    const propPath = `${schemaPath}/properties/${field}`;
    const prop = getPointer(spec, propPath) as Record<string, unknown> | undefined;
    const description = `\`${field}\` is null in ${count(seen)}.`;
    if (prop && prop.type !== undefined) {
      const types = Array.isArray(prop.type) ? prop.type : [prop.type];
      actions.push({ target: toJsonPath(propPath), description, update: { type: [...new Set([...(types as string[]), 'null'])] } });
    } else {
      actions.push({ target: toJsonPath(propPath), description: `${description} Replace the property by oneOf [its schema, null].`, remove: true });
      actions.push({ target: toJsonPath(`${schemaPath}/properties`), description, update: { [field]: { oneOf: [prop ?? {}, { type: 'null' }] } as JsonValue } });
    }
  }

  for (const { f, id } of found) {
    if (isModelTarget(f.schemaPath) || f.kind === 'schema' || f.kind === 'unknown-operation' || f.kind === 'not-json' || (f.kind === 'forbidden-null' && f.field === undefined))
      unresolved.push(`${id}: ${f.message}`);
  }
  return { actions, unresolved };
}

/** Renders the proposal as an Overlay 1.0 YAML document, unresolved findings as leading comments. */
export function overlayYaml(proposal: { actions: OverlayAction[]; unresolved: string[] }): string {
  const head = [
    '# Proposed by `pnpm spec:check-traffic --overlay`: review every action and write the descriptions before use.',
    ...(proposal.unresolved.length ? ['# Not resolved by this overlay (decide by hand):', ...proposal.unresolved.map((u) => `#   ${u.replace(/\n/g, ' ')}`)] : []),
  ].join('\n');
  const doc = { overlay: '1.0.0', info: { title: 'Proposed fixes from recorded traffic', version: '0.0.0' }, actions: proposal.actions };
  return `${head}\n${stringify(doc, { lineWidth: 0 })}`;
}

/** `#/components/schemas/Image` → `$.components.schemas.Image`; other segments in bracket notation. */
export function toJsonPath(pointer: string): string {
  const segs = pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  return `$${segs.map((s) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? `.${s}` : `['${s.replace(/'/g, "\\'")}']`)).join('')}`;
}

function typeOf(values: JsonValue[]): Record<string, JsonValue> {
  const types = new Set(values.map((v) => jsonType(v)));
  if (types.has('integer') && types.has('number')) types.delete('integer');
  const list = [...types].sort((a, b) => (a === 'null' ? 1 : b === 'null' ? -1 : a.localeCompare(b)));
  return list.length === 1 ? { type: list[0]! } : { type: list };
}

function group<T extends { f: Finding }>(items: T[], key: (f: Finding) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it.f);
    m.set(k, [...(m.get(k) ?? []), it]);
  }
  return m;
}

function count(seen: { id: string }[]): string {
  const n = new Set(seen.map((s) => s.id)).size;
  return n === 1 ? '1 body' : `${n} bodies`;
}
