import type { ConvertedBody } from './converted-body.js';
import { applyRowToParameter, applyRowToSchema, matchRows, type MatchTarget } from './param-match.js';
import type { TableRow } from './param-table.js';
import type { ConversionWarning, ParameterObject, RequestEntry, SchemaObject } from '../types.js';
import { warningFor } from '../warnings.js';
import { record } from '../input/record.js';

const AT = '/request/description';

/**
 * Applies description table rows to the request's parameters and body fields.
 * Every non-exact match is reported (`param-matched`); a row that matches nothing
 * is added as an optional body field (form bodies) or query parameter and reported
 * (`param-added`).
 */
export function applyTable(
  entry: RequestEntry,
  rows: TableRow[],
  params: ParameterObject[],
  body: ConvertedBody | undefined,
): { params: ParameterObject[]; warnings: ConversionWarning[] } {
  const warnings: ConversionWarning[] = [];
  const bodySchema = body?.media.schema;
  const fields = bodySchema?.type === 'object' ? (bodySchema.properties ??= record()) : undefined;
  // Most requests have no table: nothing to match (the body schema still gets its `properties`).
  if (rows.length === 0) return { params, warnings };
  const targets: MatchTarget[] = [
    ...params.filter((p) => p.in !== 'header').map((p) => ({ kind: p.in as 'path' | 'query', name: p.name })),
    ...Object.keys(fields ?? {}).map((name) => ({ kind: 'body' as const, name })),
  ];
  let out = [...params];
  const setRequired = (name: string, schema: SchemaObject): void => {
    schema.required = [...new Set([...(schema.required ?? []), name])];
  };
  for (const { row, target, how } of matchRows(rows, targets)) {
    if (!target) {
      if (fields && body?.form && bodySchema) {
        fields[row.key] = applyRowToSchema({ description: row.description }, row);
        if (row.required) setRequired(row.key, bodySchema);
        warnings.push(warningFor(entry, 'param-added', `table "${row.table}" key "${row.key}" matches no URL variable, query parameter or body field; added as a body field`, AT));
      } else {
        out.push(applyRowToParameter({ name: row.key, in: 'query', required: false, schema: { type: 'string' } }, row));
        warnings.push(
          warningFor(entry, 'param-added', `table "${row.table}" key "${row.key}" matches no URL variable, query parameter or body field; added as a query parameter`, AT),
        );
      }
      continue;
    }
    if (how !== 'exact') {
      warnings.push(
        warningFor(
          entry,
          'param-matched',
          `table "${row.table}" key "${row.key}" matched ${target.kind} ${target.kind === 'body' ? 'field' : 'parameter'} "${target.name}" (${how})`,
          AT,
        ),
      );
    }
    if (target.kind === 'body' && fields && bodySchema) {
      const current = fields[target.name] ?? {};
      const next = applyRowToSchema(current, row);
      next.description = row.description || current.description || '';
      if (!next.description) delete next.description;
      fields[target.name] = next;
      if (row.required) setRequired(target.name, bodySchema);
    } else {
      out = out.map((p) => (p.in === target.kind && p.name === target.name ? applyRowToParameter(p, row) : p));
    }
  }
  return { params: out, warnings };
}
