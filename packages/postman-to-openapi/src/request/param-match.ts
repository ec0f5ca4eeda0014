import type { TableRow } from './param-table.js';
import { matchLevel, normalizeName, type MatchLevel } from '../naming/similarity.js';
import type { ParameterObject, SchemaObject } from '../types.js';

/** Something a table row can describe: a path/query parameter or a body field. */
export interface MatchTarget {
  kind: 'path' | 'query' | 'body';
  name: string;
}

/** The outcome for one table row. */
export interface RowMatch {
  row: TableRow;
  target?: MatchTarget;
  /** How it matched: a similarity level, or "elimination" (the only path parameter left). */
  how?: MatchLevel | 'elimination';
}

const isIdentifier = (name: string): boolean => /(id|hash)$/.test(normalizeName(name));
const LEVELS: MatchLevel[] = ['exact', 'normalized', 'near', 'affix'];
const KIND_RANK = { path: 0, query: 1, body: 2 } as const;

/**
 * Matches table rows to targets, one target per row, level by level so a weak match
 * never steals an exact one. Ties at a level prefer path parameters; a tie that
 * remains leaves the row unmatched. Last rule ("elimination"): a row matching nothing
 * takes the only path parameter no row matched, if there is exactly one such row and
 * parameter and both names are identifiers (end in "id" or "hash": id ~ galleryHash).
 */
export function matchRows(rows: TableRow[], targets: MatchTarget[]): RowMatch[] {
  const results: RowMatch[] = rows.map((row) => ({ row }));
  const taken = new Set<MatchTarget>();
  for (const level of LEVELS) {
    for (const result of results) {
      if (result.target) continue;
      const hits = targets.filter((t) => !taken.has(t) && matchLevel(result.row.key, t.name) === level).sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
      const best = hits[0];
      if (!best || (hits[1] && KIND_RANK[hits[1].kind] === KIND_RANK[best.kind])) continue;
      result.target = best;
      result.how = level;
      taken.add(best);
    }
  }
  const freePaths = targets.filter((t) => t.kind === 'path' && !taken.has(t));
  const unmatched = results.filter((r) => !r.target && !targets.some((t) => t.kind !== 'path' && matchLevel(r.row.key, t.name)));
  const [onlyRow] = unmatched;
  const [onlyPath] = freePaths;
  if (unmatched.length === 1 && freePaths.length === 1 && onlyRow && onlyPath && isIdentifier(onlyRow.row.key) && isIdentifier(onlyPath.name)) {
    onlyRow.target = onlyPath;
    onlyRow.how = 'elimination';
  }
  return results;
}

/** Copies a row's type, allowed values, default and text onto a schema. */
export function applyRowToSchema(schema: SchemaObject, row: TableRow): SchemaObject {
  const out: SchemaObject = { ...schema };
  if (row.type !== 'string' || out.type === undefined) out.type = row.type;
  if (out.type !== 'string') delete out.example;
  if (row.enum) out.enum = row.enum;
  if (row.default !== undefined) out.default = row.default;
  return out;
}

/** Applies a matched row to a parameter (path parameters stay required). */
export function applyRowToParameter(param: ParameterObject, row: TableRow): ParameterObject {
  const optional = param.in === 'path' && !row.required;
  const text = row.description && optional && !/[.!?]$/.test(row.description) ? `${row.description}.` : row.description;
  const description = `${text}${optional ? ' (Documented as optional.)' : ''}`.trim();
  const out: ParameterObject = { ...param, schema: applyRowToSchema(param.schema, row), required: param.in === 'path' || row.required };
  if (description) out.description = param.description ? `${param.description} ${description}` : description;
  if (typeof out.example === 'string' && out.schema.type === 'integer') delete out.example;
  return out;
}
