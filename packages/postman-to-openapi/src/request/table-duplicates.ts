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
 * As many rows per key as there are targets of that name (`room`, at least one: a query
 * parameter and a body field both named `id` take a row each); a key listed more often (in
 * the same table or another) is combined into its first row. The first row's type,
 * required-ness, allowed values and default win; the later row gives what the first leaves
 * out (allowed values, a default of the same type), and its text is added to the first's.
 * Returns the rows left, in their order, and each repeat.
 */
export function combineRepeatedKeys(rows: TableRow[], room: (key: string) => number): { rows: TableRow[]; repeats: RepeatedKey[] } {
  const byKey = new Map<string, { first: TableRow; count: number }>();
  const kept: TableRow[] = [];
  const repeats: RepeatedKey[] = [];
  for (const row of rows) {
    const seen = byKey.get(row.key);
    if (!seen || seen.count < room(row.key)) {
      const copy = { ...row };
      if (seen) seen.count++;
      else byKey.set(row.key, { first: copy, count: 1 });
      kept.push(copy);
      continue;
    }
    const first = seen.first;
    repeats.push({ first, later: row });
    first.description = joinText(first.description, row.description);
    if (first.enum === undefined && row.enum !== undefined && row.type === first.type) first.enum = row.enum;
    if (first.default === undefined && row.default !== undefined && row.type === first.type) first.default = row.default;
  }
  return repeats.length === 0 ? { rows, repeats } : { rows: kept, repeats };
}
