import { Random } from './random.js';
import { type Field, nullInRealData, plainString, realistic } from './realistic.js';
import { isObject, resolveRef } from '../spec/ref.js';
import type { OpenApiDocument } from '../types.js';

/** What sampling needs: the document and the seeded PRNG. */
export interface SampleContext {
  readonly doc: OpenApiDocument;
  readonly rnd: Random;
}

/** Where the value goes: its model and field name, and its siblings so far. */
export interface Slot {
  readonly model: string | undefined;
  readonly name: string;
  readonly parent: Readonly<Record<string, unknown>>;
}

const TOP: Slot = { model: undefined, name: '', parent: {} };

/**
 * Builds a value that validates against `schema`, shaped like real Imgur bodies (MIME types, i.imgur.com links,
 * unix-second times, realistic titles and usernames, non-negative counters, nulls where real data has them and the
 * schema allows them); deterministic for a given `seed`.
 */
export function sampleFromSchema(doc: OpenApiDocument, schema: unknown, seed: number): unknown {
  return sample({ doc, rnd: new Random(seed) }, schema, TOP, 0);
}

/** The model name a `$ref` to `#/components/schemas/<Name>` points at. */
export function modelOf(raw: unknown, fallback: string | undefined): string | undefined {
  const ref = isObject(raw) && typeof raw.$ref === 'string' ? /^#\/components\/schemas\/([^/]+)$/.exec(raw.$ref) : null;
  return ref?.[1] ?? fallback;
}

/** True when the schema admits `null`. */
export function allowsNull(doc: OpenApiDocument, raw: unknown): boolean {
  const s = resolveRef(doc, raw);
  if (s === true || s === undefined) return true;
  if (!isObject(s)) return false;
  if ('const' in s) return s.const === null;
  if (Array.isArray(s.enum)) return s.enum.includes(null);
  for (const key of ['oneOf', 'anyOf'] as const) if (Array.isArray(s[key])) return (s[key] as unknown[]).some((a) => allowsNull(doc, a));
  if (Array.isArray(s.allOf)) return (s.allOf as unknown[]).every((a) => allowsNull(doc, a));
  if (s.type === undefined) return !s.properties && !s.items;
  return s.type === 'null' || (Array.isArray(s.type) && s.type.includes('null'));
}

/** A sample for one slot; `nonNull` forbids the null real data would have (used when fixing state bodies). */
export function sample(ctx: SampleContext, raw: unknown, slot: Slot, depth: number, nonNull = false): unknown {
  const s = resolveRef(ctx.doc, raw);
  const at: Slot = { ...slot, model: modelOf(raw, slot.model) };
  if (s === true || s === undefined || !isObject(s)) return null;
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum.find((v) => v !== null) ?? s.enum[0];
  if (!nonNull && slot.name !== '' && nullInRealData(at) && allowsNull(ctx.doc, s)) return null;
  if (Array.isArray(s.allOf)) return merge(s.allOf.map((x) => sample(ctx, x, at, depth, true)));
  for (const key of ['oneOf', 'anyOf'] as const) {
    const alts = s[key];
    if (Array.isArray(alts) && alts.length > 0) {
      const nonNullAlt = alts.find((a) => (resolveRef(ctx.doc, a) as { type?: unknown } | undefined)?.type !== 'null');
      return sample(ctx, nonNullAlt ?? alts[0], at, depth, true);
    }
  }
  const types = Array.isArray(s.type) ? s.type : [s.type];
  const type = types.find((t) => t !== 'null') ?? (s.properties ? 'object' : s.items ? 'array' : types[0]);
  switch (type) {
    case 'object':
      return obj(ctx, s, at, depth);
    case 'array': {
      const min = typeof s.minItems === 'number' ? s.minItems : 0;
      const count = depth > 3 ? min : Math.max(min, 1);
      return Array.from({ length: count }, () => sample(ctx, s.items, { ...at, model: modelOf(s.items, undefined) }, depth + 1, true));
    }
    case 'integer':
    case 'number':
      return num(ctx, s, at, type === 'integer');
    case 'boolean':
      return fitting(s, realistic(field(ctx, at), 'boolean')) ?? false;
    case 'string':
      return str(ctx, s, at);
    default:
      return null;
  }
}

function field(ctx: SampleContext, slot: Slot): Field {
  return { model: slot.model, name: slot.name, parent: slot.parent, rnd: ctx.rnd };
}

function obj(ctx: SampleContext, s: Record<string, unknown>, slot: Slot, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const props = isObject(s.properties) ? s.properties : {};
  const required = new Set(Array.isArray(s.required) ? s.required.map(String) : []);
  // `id` first, so links and names can use it; output keeps the schema's order.
  const order = Object.keys(props).sort((a, b) => Number(b === 'id') - Number(a === 'id'));
  const made: Record<string, unknown> = {};
  for (const k of order) {
    if (depth > 3 && !required.has(k)) continue;
    made[k] = sample(ctx, props[k], { model: slot.model, name: k, parent: made }, depth + 1);
  }
  for (const k of Object.keys(props)) if (k in made) out[k] = made[k];
  return out;
}

function num(ctx: SampleContext, s: Record<string, unknown>, slot: Slot, integer: boolean): number {
  const good = fitting(s, realistic(field(ctx, slot), integer ? 'integer' : 'number'));
  if (typeof good === 'number') return good;
  const min = typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + 1 : 0;
  const max = typeof s.maximum === 'number' ? s.maximum : typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum - 1 : min + 1000;
  return ctx.rnd.int(Math.ceil(min), Math.floor(Math.max(min, max)));
}

function str(ctx: SampleContext, s: Record<string, unknown>, slot: Slot): string {
  const format = typeof s.format === 'string' ? s.format : '';
  const good = fitting(s, realistic(field(ctx, slot), 'string'));
  if (typeof good === 'string') return good;
  const min = typeof s.minLength === 'number' ? s.minLength : 0;
  const max = typeof s.maxLength === 'number' ? s.maxLength : 64;
  let v: string;
  if (format === 'date-time') v = new Date(1_700_000_000_000).toISOString();
  else if (format === 'date') v = '2023-11-14';
  else if (format === 'email') v = `user${ctx.rnd.int(1, 999)}@example.com`;
  else if (format === 'uri' || format === 'url') v = `https://imgur.com/${ctx.rnd.id(7)}`;
  else if (format === 'uuid') v = `00000000-0000-4000-8000-${ctx.rnd.hex(12)}`;
  else if (typeof s.pattern === 'string') v = fitPattern(s, ctx.rnd);
  else v = plainString(field(ctx, slot));
  if (v.length < min) v = v.padEnd(min, 'x');
  return v.length > max ? v.slice(0, max) : v;
}

/** The realistic value when it satisfies the schema's simple constraints, else `undefined`. */
function fitting(s: Record<string, unknown>, v: unknown): unknown {
  if (v === undefined) return undefined;
  if (typeof v === 'number') {
    const integerOnly = s.type === 'integer' || (Array.isArray(s.type) && s.type.includes('integer') && !s.type.includes('number'));
    if (integerOnly && !Number.isInteger(v)) return undefined;
    if (typeof s.minimum === 'number' && v < s.minimum) return undefined;
    if (typeof s.maximum === 'number' && v > s.maximum) return undefined;
    if (typeof s.exclusiveMinimum === 'number' && v <= s.exclusiveMinimum) return undefined;
    if (typeof s.exclusiveMaximum === 'number' && v >= s.exclusiveMaximum) return undefined;
  }
  if (typeof v === 'string') {
    if (typeof s.minLength === 'number' && v.length < s.minLength) return undefined;
    if (typeof s.maxLength === 'number' && v.length > s.maxLength) return undefined;
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(v)) return undefined;
    const format = typeof s.format === 'string' ? s.format : '';
    if ((format === 'uri' || format === 'url') && !/^https?:\/\//.test(v)) return undefined;
    if (format === 'email' && !/^[^@\s]+@[^@\s]+$/.test(v)) return undefined;
    if (['date-time', 'date', 'uuid', 'ipv4', 'ipv6', 'hostname'].includes(format)) return undefined;
  }
  return v;
}

/** Uses an example that matches the pattern when there is one; otherwise a plain alphanumeric string. */
function fitPattern(s: Record<string, unknown>, rnd: Random): string {
  const re = new RegExp(String(s.pattern), 'u');
  const candidates = [s.example, ...(Array.isArray(s.examples) ? s.examples : []), s.default, rnd.id(8), 'abc123'];
  return String(candidates.find((c) => typeof c === 'string' && re.test(c)) ?? rnd.id(8));
}

function merge(parts: unknown[]): unknown {
  if (parts.every(isObject)) return Object.assign({}, ...parts);
  return parts.find((p) => p !== null) ?? null;
}
