import { Random } from './random.js';
import { isObject, resolveRef } from './spec/ref.js';
import type { OpenApiDocument } from './types.js';

const EPOCH = 1_700_000_000;

/** Builds a value that validates against `schema`, deterministic for a given `seed` (for operations without stateful behaviour). */
export function sampleFromSchema(doc: OpenApiDocument, schema: unknown, seed: number, baseUrl = 'https://i.imgur.com'): unknown {
  return gen({ doc, rnd: new Random(seed), baseUrl }, schema, '', 0);
}

interface Ctx {
  readonly doc: OpenApiDocument;
  readonly rnd: Random;
  readonly baseUrl: string;
}

function gen(ctx: Ctx, raw: unknown, name: string, depth: number): unknown {
  const s = resolveRef(ctx.doc, raw);
  if (s === true || s === undefined) return null;
  if (!isObject(s)) return null;
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0];
  if (Array.isArray(s.allOf)) return merge(s.allOf.map((x) => gen(ctx, x, name, depth)));
  for (const key of ['oneOf', 'anyOf'] as const) {
    const alts = s[key];
    if (Array.isArray(alts) && alts.length > 0) {
      const nonNull = alts.find((a) => (resolveRef(ctx.doc, a) as { type?: unknown } | undefined)?.type !== 'null');
      return gen(ctx, nonNull ?? alts[0], name, depth);
    }
  }
  const types = Array.isArray(s.type) ? s.type : [s.type];
  const type = types.find((t) => t !== 'null') ?? (s.properties ? 'object' : s.items ? 'array' : types[0]);
  switch (type) {
    case 'object':
      return obj(ctx, s, depth);
    case 'array': {
      const min = typeof s.minItems === 'number' ? s.minItems : 0;
      const count = depth > 3 ? min : Math.max(min, 1);
      return Array.from({ length: count }, () => gen(ctx, s.items, name, depth + 1));
    }
    case 'integer':
    case 'number':
      return num(ctx, s, name, type === 'integer');
    case 'boolean':
      return false;
    case 'string':
      return str(ctx, s, name);
    case 'null':
      return null;
    default:
      return null;
  }
}

function obj(ctx: Ctx, s: Record<string, unknown>, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const props = isObject(s.properties) ? s.properties : {};
  const required = new Set(Array.isArray(s.required) ? s.required.map(String) : []);
  for (const [k, v] of Object.entries(props)) {
    if (depth > 3 && !required.has(k)) continue;
    out[k] = gen(ctx, v, k, depth + 1);
  }
  return out;
}

function num(ctx: Ctx, s: Record<string, unknown>, name: string, integer: boolean): number {
  const min = typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + 1 : 0;
  const max = typeof s.maximum === 'number' ? s.maximum : typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum - 1 : min + 1000;
  if (/datetime|created|reset|date|time/i.test(name) && min <= EPOCH && EPOCH <= max) return EPOCH + ctx.rnd.int(0, 86_400);
  const v = ctx.rnd.int(Math.ceil(min), Math.floor(Math.max(min, max)));
  return integer ? v : v + 0.5 <= max ? v + 0.5 : v;
}

function str(ctx: Ctx, s: Record<string, unknown>, name: string): string {
  const format = typeof s.format === 'string' ? s.format : '';
  const min = typeof s.minLength === 'number' ? s.minLength : 0;
  const max = typeof s.maxLength === 'number' ? s.maxLength : 64;
  let v: string;
  if (format === 'date-time') v = new Date(EPOCH * 1000).toISOString();
  else if (format === 'date') v = '2023-11-14';
  else if (format === 'email') v = `user${ctx.rnd.int(1, 999)}@example.com`;
  else if (format === 'uri' || format === 'url' || /link|url|gifv|mp4/i.test(name)) v = `${ctx.baseUrl}/${ctx.rnd.id(7)}`;
  else if (format === 'uuid') v = '00000000-0000-4000-8000-' + ctx.rnd.hex(12);
  else if (typeof s.pattern === 'string') v = fitPattern(s, ctx.rnd);
  else v = /id|hash/i.test(name) ? ctx.rnd.id(7) : `${name || 'text'} ${ctx.rnd.id(5)}`;
  if (v.length < min) v = v.padEnd(min, 'x');
  return v.length > max ? v.slice(0, max) : v;
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
