import { Random } from './random.js';
import { allowsNull, modelOf, type SampleContext, type Slot, sample } from './sample.js';
import { isObject, resolveRef } from '../spec/ref.js';
import type { OpenApiDocument } from '../types.js';

/**
 * Fits a body built from the mock's state (shaped like real Imgur bodies) to the spec's schema, so it validates
 * whatever the spec says today: a null the schema forbids, a missing required field or a value of the wrong type
 * is replaced by a realistic sample, a number the schema wants as a string becomes one, and fields an object schema
 * with declared properties does not list are dropped (the spec is checked against recorded Imgur traffic, so the
 * mock sends no field real bodies were not seen to carry). Values the schema accepts are kept as they are.
 */
export function conformToSchema(doc: OpenApiDocument, schema: unknown, value: unknown, seed: number): unknown {
  return fit({ doc, rnd: new Random(seed) }, schema, value, { model: undefined, name: '', parent: {} }, 0);
}

function fit(ctx: SampleContext, raw: unknown, value: unknown, slot: Slot, depth: number): unknown {
  const s = resolveRef(ctx.doc, raw);
  const at: Slot = { ...slot, model: modelOf(raw, slot.model) };
  if (!isObject(s) || depth > 40) return value;
  if (value === undefined) return sample(ctx, raw, at, depth, true);
  if (value === null) return allowsNull(ctx.doc, s) ? null : sample(ctx, raw, at, depth, true);
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum) && !s.enum.includes(value)) return sample(ctx, raw, at, depth, true);
  if (Array.isArray(s.allOf)) return s.allOf.reduce<unknown>((v, part) => fit(ctx, part, v, at, depth + 1), value);
  for (const key of ['oneOf', 'anyOf'] as const) {
    const alts = s[key];
    if (Array.isArray(alts) && alts.length > 0) return fit(ctx, branchFor(ctx.doc, alts, value), value, at, depth + 1);
  }
  const types = (Array.isArray(s.type) ? s.type : s.type === undefined ? [] : [s.type]) as string[];
  if (types.length === 0) return isObject(value) && isObject(s.properties) ? object(ctx, s, value, at, depth) : value;
  if (isObject(value) && types.includes('object')) return object(ctx, s, value, at, depth);
  if (Array.isArray(value) && types.includes('array')) return value.map((v) => fit(ctx, s.items, v, { ...at, model: modelOf(s.items, undefined) }, depth + 1));
  if (typeof value === 'boolean' && types.includes('boolean')) return value;
  if (typeof value === 'string' && types.includes('string')) return value;
  if (typeof value === 'number' && (types.includes('number') || (types.includes('integer') && Number.isInteger(value)))) return value;
  if (typeof value === 'number' && types.includes('string')) return String(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value) && (types.includes('integer') || types.includes('number'))) return Number(value);
  return sample(ctx, raw, at, depth, true);
}

function object(ctx: SampleContext, s: Record<string, unknown>, value: Record<string, unknown>, slot: Slot, depth: number): Record<string, unknown> {
  const props = isObject(s.properties) ? s.properties : {};
  const required = Array.isArray(s.required) ? s.required.map(String) : [];
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (Object.hasOwn(props, k)) out[k] = fit(ctx, props[k], v, { model: slot.model, name: k, parent: out }, depth + 1);
    else if (Object.keys(props).length === 0 && s.additionalProperties !== false) out[k] = v;
  }
  for (const k of required) if (!(k in out)) out[k] = sample(ctx, props[k] ?? {}, { model: slot.model, name: k, parent: out }, depth + 1, true);
  return out;
}

/** The alternative a value belongs to: the one whose `const` fields it matches (e.g. `is_album`), else the first of its JSON type. */
function branchFor(doc: OpenApiDocument, alts: readonly unknown[], value: unknown): unknown {
  const resolved = alts.map((a) => resolveRef(doc, a));
  const consts = (s: unknown): [string, unknown][] =>
    isObject(s) && isObject(s.properties) ? Object.entries(s.properties).flatMap(([k, p]) => (isObject(p) && 'const' in p ? [[k, p.const] as [string, unknown]] : [])) : [];
  if (isObject(value)) {
    const i = resolved.findIndex((s) => consts(s).length > 0 && consts(s).every(([k, c]) => value[k] === c));
    if (i >= 0) return alts[i];
  }
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'object' ? 'object' : typeof value;
  if (isObject(value)) {
    // The object alternative that declares most of the value's fields (a tag object, not a tag vote).
    const keys = Object.keys(value);
    const cover = resolved.map((s) => (isObject(s) && isObject(s.properties) ? keys.filter((k) => Object.hasOwn(s.properties as object, k)).length : -1));
    const best = cover.indexOf(Math.max(...cover));
    if (best >= 0 && (cover[best] ?? -1) > 0) return alts[best];
  }
  const i = resolved.findIndex((s) => {
    if (!isObject(s)) return false;
    const t = Array.isArray(s.type) ? s.type : [s.type ?? (s.properties ? 'object' : undefined)];
    return t.includes(kind) || (kind === 'number' && t.includes('integer'));
  });
  return alts[Math.max(0, i)];
}
