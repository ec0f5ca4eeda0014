import type { Header, QueryParam, VariableList } from 'postman-collection';
import { descriptionText } from './description.js';
import type { ParameterObject } from '../types.js';
import { keyText } from '../input/key-text.js';
import { record } from '../input/record.js';
import { rowText } from '../input/row-text.js';

/** Headers OpenAPI expresses elsewhere (security, request and response media types). */
const RESERVED_HEADERS = new Set(['authorization', 'content-type', 'accept']);
const NO_NAMES: ReadonlySet<string> = new Set();

function literal(written: unknown): string | undefined {
  const value = rowText(written);
  return typeof value === 'string' && value !== '' && !value.includes('{{') ? value : undefined;
}

/** Path parameters of a template, described from `url.variable` when it has a description. */
export function pathParameters(names: string[], variables: VariableList | undefined): ParameterObject[] {
  return names.map((name) => {
    const param: ParameterObject = { name, in: 'path', required: true, schema: { type: 'string' } };
    const text = descriptionText(variables?.one(name)?.description);
    if (text) param.description = text;
    return param;
  });
}

/**
 * Query or header rows -> optional parameters. Rows without a key are dropped;
 * disabled rows are kept (they document an optional knob) with `x-postman-disabled`;
 * a repeated key becomes one array parameter; reserved headers are skipped.
 */
export function rowParameters(rows: (QueryParam | Header)[], where: 'query' | 'header', skip: ReadonlySet<string> = NO_NAMES): ParameterObject[] {
  if (rows.length === 0) return [];
  const out = new Map<string, ParameterObject>();
  const sent = new Map<string, (string | undefined)[]>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as QueryParam | Header;
    const name = keyText(row.key);
    if (!name) continue;
    const id = where === 'header' ? name.toLowerCase() : name;
    if (where === 'header' && (RESERVED_HEADERS.has(id) || skip.has(id))) continue;
    const existing = out.get(id);
    if (existing) {
      if (where === 'query' && existing.schema.type !== 'array') existing.schema = { type: 'array', items: existing.schema };
      sent.get(id)?.push(literal(row.value));
      if (!row.disabled) delete existing['x-postman-disabled'];
      continue;
    }
    const param: ParameterObject = { name, in: where, required: false, schema: { type: 'string' } };
    const example = literal(row.value);
    if (example !== undefined) param.example = example;
    const text = descriptionText((row as { description?: unknown }).description);
    if (text) param.description = text;
    if (row.disabled) param['x-postman-disabled'] = true;
    out.set(id, param);
    sent.set(id, [example]);
  }
  // A repeated query key's example is every value it sends (none when one of them is not a literal).
  for (const [id, param] of out) {
    const values = sent.get(id) ?? [];
    if (param.schema.type !== 'array') continue;
    if (values.every((v) => v !== undefined)) param.example = values as string[];
    else delete param.example;
  }
  return [...out.values()];
}

/** The query keys whose (first) value is one `{{variable}}`, with that value as written: what Postman sends is the variable's value. */
export function queryTemplates(rows: QueryParam[]): Record<string, string> {
  const out = record<string>();
  const seen = new Set<string>();
  for (const row of rows) {
    const name = keyText(row.key);
    if (!name || seen.has(name)) continue;
    seen.add(name);
    if (typeof row.value === 'string' && /^\{\{[^{}]+\}\}$/.test(row.value)) out[name] = row.value;
  }
  return out;
}
