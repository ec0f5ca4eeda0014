import { deref, joinPointer, jsonType } from './pointer.js';
import type { Finding, JsonValue, OpenApiDocument } from './types.js';

type Schema = Record<string, unknown>;
interface Prop {
  schema: unknown;
  at: string;
}
interface ObjectView {
  props: Map<string, Prop>;
  required: Set<string>;
  requiredAt: Map<string, string>;
  extra: { schema: unknown; at: string } | boolean | undefined;
  at: string;
  declares: boolean;
}

/**
 * Walks a body against a schema and lists every undeclared field, every missing required field and every null the
 * schema forbids, through `$ref`, `allOf`, `oneOf`/`anyOf` (the branch that fits best) and array `items`.
 */
export function walkBody(spec: OpenApiDocument, schema: unknown, schemaPath: string, value: JsonValue, instancePath = ''): Finding[] {
  return walk(spec, schema, schemaPath, value, instancePath).findings;
}

/** Which `oneOf`/`anyOf` branch the walk chose for the value at `instancePath`. */
export interface BranchChoice {
  /** Pointer into the body. */
  instancePath: string;
  /** Pointer into the spec of the chosen branch. */
  branchPointer: string;
}

/** {@link walkBody}, also returning the branch chosen at each `oneOf`/`anyOf` (to validate against the right one). */
export function walkBodyDetailed(
  spec: OpenApiDocument,
  schema: unknown,
  schemaPath: string,
  value: JsonValue,
  instancePath = '',
): { findings: Finding[]; choices: BranchChoice[] } {
  return walk(spec, schema, schemaPath, value, instancePath);
}

interface Walked {
  findings: Finding[];
  choices: BranchChoice[];
}

function walk(spec: OpenApiDocument, schema: unknown, schemaPath: string, value: JsonValue, instancePath: string): Walked {
  const none: Walked = { findings: [], choices: [] };
  const { node, pointer } = deref(spec, schema, schemaPath);
  if (!isSchema(node)) return none;
  const branches = (node.oneOf ?? node.anyOf) as unknown[] | undefined;
  if (Array.isArray(branches)) {
    const key = node.oneOf ? 'oneOf' : 'anyOf';
    const fitting = branches.map((b, i) => ({ b, at: `${pointer}/${key}/${i}` })).filter(({ b, at }) => typeFits(spec, b, at, value));
    if (fitting.length === 0) return value === null ? { findings: [nullFinding(pointer, instancePath)], choices: [] } : none;
    const own = withoutBranches(node);
    const structural = ['properties', 'required', 'additionalProperties', 'items', 'allOf'].some((k) => k in own);
    let best: (Walked & { at: string }) | undefined;
    for (const { b, at } of fitting) {
      const w = structural ? walk(spec, { allOf: [own, b] }, at, value, instancePath) : walk(spec, b, at, value, instancePath);
      if (!best || w.findings.length < best.findings.length) best = { ...w, at };
    }
    return best ? { findings: best.findings, choices: [{ instancePath, branchPointer: best.at }, ...best.choices] } : none;
  }
  if (value === null) return allowsNull(spec, node, pointer) ? none : { findings: [nullFinding(pointer, instancePath)], choices: [] };
  if (Array.isArray(value)) {
    const items = node.items ?? firstAllOf(spec, node, pointer, 'items');
    if (items === undefined) return none;
    const at = node.items !== undefined ? `${pointer}/items` : (items as { at: string }).at;
    const s = node.items !== undefined ? node.items : (items as { schema: unknown }).schema;
    return merge(value.map((v, i) => walk(spec, s, at, v, joinPointer(instancePath, i))));
  }
  if (typeof value === 'object') return walkObject(spec, objectView(spec, node, pointer), value, instancePath);
  return none;
}

function merge(parts: Walked[]): Walked {
  return { findings: parts.flatMap((p) => p.findings), choices: parts.flatMap((p) => p.choices) };
}

function walkObject(spec: OpenApiDocument, view: ObjectView, value: { [k: string]: JsonValue }, instancePath: string): Walked {
  const out: Finding[] = [];
  const choices: BranchChoice[] = [];
  for (const name of view.required) {
    if (!(name in value)) {
      out.push({
        kind: 'missing-required',
        instancePath,
        schemaPath: view.requiredAt.get(name) ?? view.at,
        field: name,
        message: `required field \`${name}\` is missing at ${instancePath || '(root)'}`,
      });
    }
  }
  for (const [name, v] of Object.entries(value)) {
    const here = joinPointer(instancePath, name);
    const prop = view.props.get(name);
    if (prop) {
      const w = walk(spec, prop.schema, prop.at, v, here);
      out.push(...w.findings.map((f) => (f.kind === 'forbidden-null' && f.instancePath === here ? { ...f, field: name, schemaPath: view.at } : f)));
      choices.push(...w.choices);
    } else if (typeof view.extra === 'object') {
      const w = walk(spec, view.extra.schema, view.extra.at, v, here);
      out.push(...w.findings);
      choices.push(...w.choices);
    } else if (view.declares && view.extra !== false) {
      out.push({
        kind: 'undeclared',
        instancePath: here,
        schemaPath: view.at,
        field: name,
        value: v,
        message: `field \`${name}\` at ${instancePath || '(root)'} is not declared by ${view.at}`,
      });
    }
  }
  return { findings: out, choices };
}

/** Merges a schema's own properties with those of its `allOf` members (recursively through `$ref`). */
function objectView(spec: OpenApiDocument, node: Schema, at: string): ObjectView {
  const view: ObjectView = { props: new Map(), required: new Set(), requiredAt: new Map(), extra: undefined, at, declares: false };
  const visit = (n: Schema, p: string) => {
    if (isSchema(n.properties)) {
      view.declares = true;
      for (const [k, s] of Object.entries(n.properties))
        if (!view.props.has(k)) view.props.set(k, { schema: s, at: `${p}/properties/${k.replace(/~/g, '~0').replace(/\//g, '~1')}` });
    }
    if (Array.isArray(n.required))
      for (const r of n.required)
        if (typeof r === 'string') {
          view.required.add(r);
          if (!view.requiredAt.has(r)) view.requiredAt.set(r, p);
        }
    if (isSchema(n.additionalProperties)) view.extra = { schema: n.additionalProperties, at: `${p}/additionalProperties` };
    else if (typeof n.additionalProperties === 'boolean' && view.extra === undefined) view.extra = n.additionalProperties;
    if (Array.isArray(n.allOf)) {
      n.allOf.forEach((m, i) => {
        const r = deref(spec, m, `${p}/allOf/${i}`);
        if (isSchema(r.node)) visit(r.node, r.pointer);
      });
    }
  };
  visit(node, at);
  if (view.declares && view.extra === true) view.extra = undefined;
  return view;
}

function firstAllOf(spec: OpenApiDocument, node: Schema, at: string, key: string): { schema: unknown; at: string } | undefined {
  if (!Array.isArray(node.allOf)) return undefined;
  for (const [i, m] of node.allOf.entries()) {
    const r = deref(spec, m, `${at}/allOf/${i}`);
    if (isSchema(r.node) && r.node[key] !== undefined) return { schema: r.node[key], at: `${r.pointer}/${key}` };
  }
  return undefined;
}

/** Whether the value's JSON type is one the schema (or one of its branches) accepts. */
function typeFits(spec: OpenApiDocument, schema: unknown, at: string, value: JsonValue): boolean {
  const { node, pointer } = deref(spec, schema, at);
  if (!isSchema(node)) return true;
  const t = jsonType(value);
  if ('const' in node) return JSON.stringify(node.const) === JSON.stringify(value);
  if (Array.isArray(node.enum)) return node.enum.some((e) => JSON.stringify(e) === JSON.stringify(value));
  const branches = (node.oneOf ?? node.anyOf) as unknown[] | undefined;
  if (Array.isArray(branches) && !branches.some((b, i) => typeFits(spec, b, `${pointer}/x/${i}`, value))) return false;
  if (Array.isArray(node.allOf) && !node.allOf.every((b, i) => typeFits(spec, b, `${pointer}/allOf/${i}`, value))) return false;
  if (!constantsFit(node, value)) return false;
  const types = node.type === undefined ? undefined : Array.isArray(node.type) ? node.type : [node.type];
  if (!types) return true;
  return types.includes(t) || (t === 'integer' && types.includes('number'));
}

/** Whether an object carries no field that contradicts a constant the schema declares for it (a union's discriminator). */
function constantsFit(node: Schema, value: JsonValue): boolean {
  if (!isSchema(node.properties) || !isSchema(value)) return true;
  const object = value as Record<string, JsonValue>;
  return Object.entries(node.properties).every(([k, p]) => !isSchema(p) || !('const' in p) || !(k in object) || JSON.stringify(p.const) === JSON.stringify(object[k]));
}

/** Whether a schema lets a value be null. */
function allowsNull(spec: OpenApiDocument, node: Schema, at: string): boolean {
  return typeFits(spec, node, at, null);
}

function nullFinding(schemaPath: string, instancePath: string): Finding {
  return { kind: 'forbidden-null', instancePath, schemaPath, value: null, message: `null at ${instancePath || '(root)'} is not allowed by ${schemaPath}` };
}

function withoutBranches(node: Schema): Schema {
  const { oneOf: _o, anyOf: _a, ...rest } = node;
  return rest;
}

function isSchema(v: unknown): v is Schema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
