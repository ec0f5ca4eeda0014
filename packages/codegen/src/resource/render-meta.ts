import { propertyKey, stringLiteral } from '../escape.js';
import type { FieldSpec, MetaSpec } from './meta-types.js';

const field = (f: FieldSpec) => (f.key === f.wire ? stringLiteral(f.key) : `[${stringLiteral(f.key)}, ${stringLiteral(f.wire)}]`);
const list = (fs: readonly FieldSpec[]) => `[${fs.map(field).join(', ')}]`;
const strings = (xs: readonly string[]) => `[${xs.map(stringLiteral).join(', ')}]`;
const scalar = (v: string | number | boolean) => (typeof v === 'string' ? stringLiteral(v) : String(v));

/** Prints an `OperationMeta` object literal; every spec string is JSON-escaped, empty lists are left out. */
export function renderMeta(m: MetaSpec, indent = '  '): string {
  const lines: string[] = [`id: ${stringLiteral(m.id)}`, `method: ${stringLiteral(m.method)}`, `path: ${stringLiteral(m.path)}`, `security: ${strings(m.security)}`];
  if (m.pathParams.length > 0) lines.push(`pathParams: ${list(m.pathParams)}`);
  if (m.queryParams.length > 0) lines.push(`queryParams: ${list(m.queryParams)}`);
  if (m.headerParams.length > 0) lines.push(`headerParams: ${list(m.headerParams)}`);
  if (m.defaults.size > 0) {
    lines.push(`defaults: { ${[...m.defaults].map(([k, v]) => `${propertyKey(k)}: ${scalar(v)}`).join(', ')} }`);
  }
  if (m.body !== undefined) {
    const binary = m.body.binary.length > 0 ? `, binary: ${strings(m.body.binary)}` : '';
    lines.push(`body: { encoding: ${stringLiteral(m.body.encoding)}, fields: ${list(m.body.fields)}${binary} }`);
  }
  lines.push(`envelope: ${m.envelope}`);
  if (m.empty.length > 0) lines.push(`empty: [${m.empty.join(', ')}]`);
  if (m.paging !== undefined) {
    const p = m.paging;
    const parts = [`style: ${stringLiteral(p.style)}`, `param: ${stringLiteral(p.param)}`];
    if (p.style === 'query' && p.perPage !== undefined) parts.push(`perPage: ${stringLiteral(p.perPage)}`);
    if (p.style === 'query' && p.maxPerPage !== undefined) parts.push(`maxPerPage: ${p.maxPerPage}`);
    if (p.style === 'cursor') parts.push(`next: ${stringLiteral(p.next)}`, `items: ${stringLiteral(p.items)}`);
    lines.push(`paging: { ${parts.join(', ')} }`);
  }
  if (m.deprecated) lines.push('deprecated: true');
  if (m.credits !== undefined) lines.push(`credits: ${m.credits}`);
  if (m.accept !== undefined) lines.push(`accept: ${stringLiteral(m.accept)}`);
  return `{\n${lines.map((l) => `${indent}${l},`).join('\n')}\n}`;
}
