import type { TableRow } from './param-table.js';

/** A key listed again after its first row, and the row that listed it again. */
export interface RepeatedKey {
  first: TableRow;
  later: TableRow;
}

/** Two texts joined as sentences (`the name` + `Defaults to x` -> `the name. Defaults to x`). */
function joinText(first: string, later: string): string {
  if (!later || later === first) return first;
  if (!first) return later;
  return `${first}${/[.!?]$/.test(first) ? '' : '.'} ${later}`;
}

/**
 * One row per key: a key listed again (in the same table or another) is combined into its
 * first row. The first row's type, required-ness, allowed values and default win; the later
 * row gives what the first leaves out (allowed values, a default), and its text is added to
 * the first's. Returns the combined rows, in first-row order, and each repeat.
 */
export function combineRepeatedKeys(rows: TableRow[]): { rows: TableRow[]; repeats: RepeatedKey[] } {
  const byKey = new Map<string, TableRow>();
  const repeats: RepeatedKey[] = [];
  for (const row of rows) {
    const first = byKey.get(row.key);
    if (!first) {
      byKey.set(row.key, { ...row });
      continue;
    }
    repeats.push({ first, later: row });
    first.description = joinText(first.description, row.description);
    if (first.enum === undefined && row.enum !== undefined && row.type === first.type) first.enum = row.enum;
    if (first.default === undefined && row.default !== undefined && row.type === first.type) first.default = row.default;
  }
  return repeats.length === 0 ? { rows, repeats } : { rows: [...byKey.values()], repeats };
}
