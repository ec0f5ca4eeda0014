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
  const index = new TargetIndex(targets);
  // Each row's level against each target it matches at all, in target order (computed once).
  const levels = rows.map((row) => index.candidates(row.key).flatMap((t) => (targets[t] ? [{ target: targets[t], level: matchLevel(row.key, targets[t].name) }] : [])));
  const taken = new Set<MatchTarget>();
  for (const level of LEVELS) {
    results.forEach((result, r) => {
      if (result.target) return;
      const hits = (levels[r] ?? [])
        .filter((m) => m.level === level && !taken.has(m.target))
        .map((m) => m.target)
        .sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
      const best = hits[0];
      if (!best || (hits[1] && KIND_RANK[hits[1].kind] === KIND_RANK[best.kind])) return;
      result.target = best;
      result.how = level;
      taken.add(best);
    });
  }
  const freePaths = targets.filter((t) => t.kind === 'path' && !taken.has(t));
  const unmatched = results.filter((r, i) => !r.target && !(levels[i] ?? []).some((m) => m.target.kind !== 'path' && m.level));
  const [onlyRow] = unmatched;
  const [onlyPath] = freePaths;
  if (unmatched.length === 1 && freePaths.length === 1 && onlyRow && onlyPath && isIdentifier(onlyRow.row.key) && isIdentifier(onlyPath.name)) {
    onlyRow.target = onlyPath;
    onlyRow.how = 'elimination';
  }
  return results;
}

/** Adds `value` to the list at `key`. */
function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The start of piece `k` (of 3) of a name of `length` characters. */
const pieceStart = (length: number, k: number): number => Math.floor((length * k) / 3);

/**
 * Targets looked up by name, so a row is compared only with the targets that can match it
 * (see `matchLevel`): the same name; the same normalized name; for "near" (edit distance
 * <= 2), a name sharing one of its three pieces at a place at most 2 characters away
 * (two edits change at most two pieces); for "affix", a normalized name that is a suffix
 * of the key's, or one the key's is a suffix of (a range of the names sorted backwards).
 */
class TargetIndex {
  private readonly byName = new Map<string, number[]>();
  private readonly byNormal = new Map<string, number[]>();
  private readonly byPiece = new Map<string, number[]>();
  private readonly lengths: number[];
  private readonly backwards: { text: string; target: number }[];

  constructor(targets: MatchTarget[]) {
    const lengths = new Set<number>();
    this.backwards = [];
    targets.forEach((target, t) => {
      const normal = normalizeName(target.name);
      push(this.byName, target.name, t);
      if (normal === '') return;
      push(this.byNormal, normal, t);
      lengths.add(normal.length);
      this.backwards.push({ text: [...normal].reverse().join(''), target: t });
      if (normal.length < 5) return;
      for (let k = 0; k < 3; k++) push(this.byPiece, `${normal.length} ${k} ${normal.slice(pieceStart(normal.length, k), pieceStart(normal.length, k + 1))}`, t);
    });
    this.lengths = [...lengths];
    this.backwards.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  }

  /** Every target `key` may match at some level (perhaps a few more), in target order. */
  candidates(key: string): number[] {
    const found = new Set<number>(this.byName.get(key));
    const normal = normalizeName(key);
    if (normal !== '') {
      for (const t of this.byNormal.get(normal) ?? []) found.add(t);
      for (const length of this.lengths) {
        if (length >= 3 && length < normal.length) for (const t of this.byNormal.get(normal.slice(normal.length - length)) ?? []) found.add(t);
      }
      if (normal.length >= 3) this.endingWith([...normal].reverse().join(''), found);
      if (normal.length >= 5) this.near(normal, found);
    }
    return [...found].sort((a, b) => a - b);
  }

  private endingWith(backward: string, found: Set<number>): void {
    let low = 0;
    let high = this.backwards.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.backwards[mid]?.text ?? '') < backward) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < this.backwards.length; i++) {
      const entry = this.backwards[i];
      if (!entry?.text.startsWith(backward)) break;
      found.add(entry.target);
    }
  }

  private near(normal: string, found: Set<number>): void {
    for (let length = Math.max(5, normal.length - 2); length <= normal.length + 2; length++) {
      for (let k = 0; k < 3; k++) {
        const start = pieceStart(length, k);
        const size = pieceStart(length, k + 1) - start;
        for (let shift = -2; shift <= 2; shift++) {
          if (start + shift < 0 || start + shift + size > normal.length) continue;
          for (const t of this.byPiece.get(`${length} ${k} ${normal.slice(start + shift, start + shift + size)}`) ?? []) found.add(t);
        }
      }
    }
  }
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
