import { readsExactly } from '../input/exact-number.js';

/** One row of a description's parameter table. */
export interface TableRow {
  key: string;
  required: boolean;
  description: string;
  type: 'string' | 'integer' | 'boolean';
  enum?: (string | number)[];
  default?: string | number | boolean;
  /** The table's heading, e.g. "Advanced Search Query Parameters". */
  table: string;
  /** Set when the key's name or text says integer but an allowed value is not one: the row is typed `string`. */
  textValues?: true;
}

// No two quantifiers over whitespace meet in these patterns (`\s*:?\s*` tries every split of a long run of spaces).
const DEFAULT_RE = /defaults?\s*(?:(?:to|is|:)\s*)?`([^`]+)`/i;
/** A table's separator line (`|---|---|`, `| :--- |`). */
const SEPARATOR_RE = /^\s*(?:\|\s*)?:?-{3,}/;
/** A separator line without alignment colons: with a line holding a `|` above it, a table without leading pipes. */
const PLAIN_SEPARATOR_RE = /^\s*(?:\|\s*)?-{3,}/;
const ENUM_RUN_RE = /`[^`]+`(?:\s*(?:,\s*or|\||,|\bor\b)\s*`[^`]+`)+/;

function splitCells(line: string): string[] {
  const cells = line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/);
  return cells.map((c) => c.trim());
}

function unescapeCell(text: string): string {
  return text
    .replace(/&#124;/g, '|')
    .replace(/\\\|/g, '|')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a text spells an integer a double holds exactly (not `12345678901234567890`, which reads rounded). */
const exactInteger = (v: string): boolean => /^-?\d+$/.test(v) && (v.length < 16 || readsExactly(v));

/** Reads one table row: required/optional, allowed values, default, integer-ness. */
export function parseRow(key: string, requiredCell: string, description: string, table: string): TableRow {
  const clean = unescapeCell(description);
  const name = key.replace(/[`*\s]/g, '');
  const defaultText = DEFAULT_RE.exec(clean)?.[1];
  const run = ENUM_RUN_RE.exec(clean.replace(DEFAULT_RE, ''))?.[0];
  const values = run ? [...run.matchAll(/`([^`]+)`/g)].map((m) => (m[1] ?? '').trim()) : [];
  const isBoolean = values.length === 2 && values.every((v) => v === 'true' || v === 'false');
  const isInteger = name === 'page' || /\binteger\b|\bint\b|\bnumber\b/i.test(clean) || (values.length > 0 && values.every((v) => /^-?\d+$/.test(v)));
  // Allowed values that are not all integers a double holds make the row text, whatever its name or text says (an integer schema would accept none of them).
  const textValues = isInteger && !isBoolean && values.some((v) => !exactInteger(v));
  const type = isBoolean ? 'boolean' : isInteger && !textValues ? 'integer' : 'string';
  // A value that does not spell the type stays text (a default such as `maybe` for a boolean is then left out where it is applied).
  const typed = (v: string): string | number | boolean =>
    type === 'integer' && exactInteger(v) ? Number(v) : type === 'boolean' && (v === 'true' || v === 'false') ? v === 'true' : v;
  const row: TableRow = { key: name, required: /\brequired\b/i.test(requiredCell) && !/optional/i.test(requiredCell), description: clean, type, table };
  if (textValues) row.textValues = true;
  if (values.length > 0 && !isBoolean) row.enum = values.map((v) => typed(v) as string | number);
  if (defaultText !== undefined) row.default = typed(defaultText.trim());
  return row;
}

/**
 * Reads the `Key | Required | Description` (or `Value`) tables of a markdown text.
 * Returns the rows and the line indexes the tables (and their headings) occupy.
 * A cell holding a raw `|` is joined back into the description column.
 */
export function parseParamTables(lines: string[]): { rows: TableRow[]; used: Set<number> } {
  const rows: TableRow[] = [];
  const used = new Set<number>();
  let heading = '';
  let headingIndex = -1;
  // Whether every line since the heading is blank (kept as the lines go: checking them again at each table is quadratic).
  let blankSinceHeading = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\s*#{1,6}\s/.test(line)) {
      heading = line.replace(/^\s*#+\s*/, '').trim();
      headingIndex = i;
      blankSinceHeading = true;
      continue;
    }
    const blankBefore = blankSinceHeading;
    if (blankSinceHeading && line.trim() !== '') blankSinceHeading = false;
    if (!line.trim().startsWith('|') && !(line.includes('|') && PLAIN_SEPARATOR_RE.test(lines[i + 1] ?? ''))) continue;
    const header = splitCells(line).map((c) => c.toLowerCase().replace(/[^a-z]/g, ''));
    const keyAt = header.findIndex((c) => c === 'key' || c === 'name' || c === 'parameter');
    const reqAt = header.indexOf('required');
    if (keyAt < 0 || reqAt < 0 || !SEPARATOR_RE.test(lines[i + 1] ?? '')) continue;
    if (headingIndex >= 0 && blankBefore) {
      for (let h = headingIndex; h < i; h++) used.add(h);
    }
    used.add(i).add(i + 1);
    let j = i + 2;
    for (; j < lines.length && (lines[j] ?? '').includes('|'); j++) {
      used.add(j);
      const cells = splitCells(lines[j] ?? '');
      const rest = cells.slice(Math.max(keyAt, reqAt) + 1).join(' | ');
      const key = cells[keyAt] ?? '';
      if (key.replace(/[`*\s]/g, '') !== '') rows.push(parseRow(key, cells[reqAt] ?? '', rest, heading || 'Parameters'));
    }
    i = j - 1;
  }
  return { rows, used };
}
