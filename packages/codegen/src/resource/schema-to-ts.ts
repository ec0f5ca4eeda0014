import { propertyKey, stringLiteral } from '../escape.js';
import type { JsonObject, JsonValue } from '../types.js';
import { isObject, resolveRef, schemaRefName } from './resolve.js';

/** What a schema renderer needs: the spec, the model alias map, and where to record used models. */
export interface TypeContext {
  readonly spec: JsonObject;
  readonly models: ReadonlyMap<string, string>;
  readonly used: Set<string>;
  /** The TypeScript type to use for binary (`format: binary`) strings. */
  readonly binaryType: string;
}

const paren = (t: string) => (/[|&]/.test(t) ? `(${t})` : t);
const union = (parts: string[]) => [...new Set(parts)].join(' | ') || 'never';

function literal(v: JsonValue): string {
  if (typeof v === 'string') return stringLiteral(v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  return 'unknown';
}

function objectType(s: JsonObject, ctx: TypeContext, indent: string): string {
  const props = isObject(s.properties) ? s.properties : {};
  const required = new Set(Array.isArray(s.required) ? s.required.filter((r) => typeof r === 'string') : []);
  const lines = Object.entries(props).map(([k, v]) => `${indent}  ${propertyKey(k)}${required.has(k) ? '' : '?'}: ${schemaToTs(v, ctx, `${indent}  `)};`);
  const extra = s.additionalProperties;
  if (isObject(extra)) lines.push(`${indent}  [key: string]: ${schemaToTs(extra, ctx, `${indent}  `)} | undefined;`);
  else if (lines.length === 0 || extra === true) lines.push(`${indent}  [key: string]: unknown;`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function typeKeyword(t: string, s: JsonObject, ctx: TypeContext, indent: string): string {
  switch (t) {
    case 'string':
      if (s.format !== 'binary') return 'string';
      ctx.used.add(ctx.binaryType);
      return ctx.binaryType;
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array':
      return `${paren(schemaToTs(s.items, ctx, indent))}[]`;
    case 'object':
      return objectType(s, ctx, indent);
    default:
      return 'unknown';
  }
}

/**
 * Renders a JSON Schema (OpenAPI 3.1) as a TypeScript type: component refs
 * become model alias names, everything else inline. Strings from the spec
 * only ever appear as escaped literals or quoted keys.
 */
export function schemaToTs(value: JsonValue | undefined, ctx: TypeContext, indent = ''): string {
  const ref = schemaRefName(value);
  if (ref !== undefined) {
    const alias = ctx.models.get(ref);
    if (alias === undefined) throw new Error(`unknown component schema ${JSON.stringify(ref)}`);
    ctx.used.add(alias);
    return alias;
  }
  const s = resolveRef(ctx.spec, value);
  if (s === undefined) return 'unknown';
  if ('const' in s && s.const !== undefined) return literal(s.const);
  if (Array.isArray(s.enum)) return union(s.enum.map(literal));
  for (const key of ['oneOf', 'anyOf'] as const) {
    const list = s[key];
    if (Array.isArray(list)) return union(list.map((x) => paren(schemaToTs(x, ctx, indent))));
  }
  if (Array.isArray(s.allOf)) return s.allOf.map((x) => paren(schemaToTs(x, ctx, indent))).join(' & ');
  if (Array.isArray(s.type)) return union(s.type.map((t) => paren(typeKeyword(String(t), s, ctx, indent))));
  if (typeof s.type === 'string') return typeKeyword(s.type, s, ctx, indent);
  if (isObject(s.properties)) return objectType(s, ctx, indent);
  return 'unknown';
}
