import { targetOf, withModelTargets } from './model-target.js';
import { deref, getPointer, joinPointer } from './pointer.js';
import { componentName, isSchema, objectShape } from './schema-object.js';
import type { Evidence, FieldEvidence } from './policy-types.js';
import type { JsonValue, OpenApiDocument, RecordedExchange } from './types.js';
import { walkBodyDetailed } from './walk-body.js';

const NUMERIC = /^-?\d+(\.\d+)?$/;

/** Where and when a body was recorded. */
interface Seen {
  source: string;
  year: number;
}

/**
 * What the recorded bodies show about each named model (`#/components/schemas/*`): how many objects of it were seen,
 * and per field in how many it was present, null, or a number sent as a string, and from which sources. Bodies follow
 * the schema of their operation (or of the model they name), through `$ref`, `allOf`, arrays and the `oneOf` branch that fits best.
 */
export function collectEvidence(exchanges: readonly RecordedExchange[], document: OpenApiDocument): Evidence {
  const spec = withModelTargets(document);
  const evidence: Evidence = new Map();
  for (const x of exchanges) {
    if (x.contentType !== undefined && !/json/i.test(x.contentType)) continue;
    const match = targetOf(spec, x);
    if (typeof match === 'string' || !match.schemaPointer) continue;
    const root = getPointer(spec, match.schemaPointer);
    const { choices } = walkBodyDetailed(spec, root, match.schemaPointer, x.body);
    const branch = new Map(choices.map((c) => [c.instancePath, c.branchPointer]));
    visit(spec, evidence, branch, root, match.schemaPointer, x.body, '', { source: x.source ?? x.id ?? 'unknown', year: x.year ?? 0 }, 0);
  }
  return evidence;
}

function visit(spec: OpenApiDocument, ev: Evidence, branch: Map<string, string>, schema: unknown, at: string, value: JsonValue, here: string, source: Seen, depth: number): void {
  if (depth > 64 || value === null) return;
  const { node, pointer } = deref(spec, schema, at);
  if (!isSchema(node)) return;
  if (Array.isArray(node.oneOf ?? node.anyOf)) {
    const chosen = branch.get(here);
    if (chosen) visit(spec, ev, branch, getPointer(spec, chosen), chosen, value, here, source, depth + 1);
    return;
  }
  if (Array.isArray(value)) {
    if (node.items !== undefined) for (const [i, v] of value.entries()) visit(spec, ev, branch, node.items, `${pointer}/items`, v, joinPointer(here, i), source, depth + 1);
    return;
  }
  if (typeof value !== 'object') return;
  const shape = objectShape(spec, node, pointer);
  const model = componentName(pointer);
  if (model) record(spec, ev, model, shape.props, value, source);
  for (const [name, v] of Object.entries(value)) {
    const prop = shape.props.get(name) ?? shape.extra;
    if (prop) visit(spec, ev, branch, prop.schema, prop.at, v, joinPointer(here, name), source, depth + 1);
  }
}

function record(spec: OpenApiDocument, ev: Evidence, model: string, props: Map<string, { schema: unknown; at: string }>, value: { [k: string]: JsonValue }, seen: Seen): void {
  const source = seen.source;
  let m = ev.get(model);
  if (!m) {
    m = { objects: 0, sources: new Set(), lastYear: 0, sourceYears: new Map(), fields: new Map() };
    ev.set(model, m);
  }
  m.objects++;
  m.sources.add(source);
  m.lastYear = Math.max(m.lastYear, seen.year);
  m.sourceYears.set(source, Math.max(m.sourceYears.get(source) ?? 0, seen.year));
  for (const name of new Set([...props.keys(), ...Object.keys(value)])) {
    let f = m.fields.get(name);
    if (!f) {
      f = emptyField();
      m.fields.set(name, f);
    }
    if (!(name in value)) {
      f.absent++;
      f.absentSources.add(source);
      continue;
    }
    const v = value[name];
    f.present++;
    f.lastYear = Math.max(f.lastYear, seen.year);
    f.presentSources.add(source);
    if (v === null) {
      f.nulls++;
      f.nullSources.add(source);
    } else if (typeof v === 'string' && NUMERIC.test(v) && declaresNumber(spec, props.get(name))) {
      f.numericStrings++;
      f.numericStringSources.add(source);
    }
  }
}

function emptyField(): FieldEvidence {
  return {
    present: 0,
    absent: 0,
    lastYear: 0,
    nulls: 0,
    numericStrings: 0,
    presentSources: new Set(),
    absentSources: new Set(),
    nullSources: new Set(),
    numericStringSources: new Set(),
  };
}

/** Whether a declared field's schema names `integer` or `number` (so a digit string is a number sent as a string). */
function declaresNumber(spec: OpenApiDocument, prop: { schema: unknown; at: string } | undefined): boolean {
  if (!prop) return false;
  const { node } = deref(spec, prop.schema, prop.at);
  if (!isSchema(node)) return false;
  const types = [node.type, ...((node.oneOf ?? node.anyOf ?? []) as { type?: unknown }[]).map((b) => b?.type)].flat();
  return types.includes('integer') || types.includes('number');
}
