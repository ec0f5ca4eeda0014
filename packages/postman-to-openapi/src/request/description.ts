import { parseJsonLoose } from '../input/json.js';
import { parseParamTables, type TableRow } from './param-table.js';
import { parseModelLine, type ModelRef } from '../naming/response-model.js';
import type { JsonValue } from '../types.js';

/** The word both line patterns of {@link parseDescription} need (same case folding as theirs). */
const RESPONSE = /response/i;
/**
 * The start of a `Response Model:` line. The patterns of this file have no two quantifiers over
 * whitespace next to each other (`\s*:?\s*`): on a long run of spaces, such a pair tries every split
 * of the run, quadratic time.
 */
const MODEL_LINE = /^\s*(?:#{1,6}\s*)?\**Response Models?\**/i;
const RESPONSE_LINE = /^\s*#{1,6}\s*Response\s*(?::\s*)?$/i;
const SPACES = /\s*/y;
/** A character `.` does not match. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** The end of the whitespace starting at `from`. */
function spacesEnd(text: string, from: number): number {
  SPACES.lastIndex = from;
  SPACES.test(text);
  return SPACES.lastIndex;
}

/**
 * What follows `Response Model` on a line (after whitespace, an optional `:` and whitespace), or undefined
 * when it is not such a line: as `/^\s*#{0,6}\s*\**Response Models?\**\s*:?\s*(.*)$/i` reads it, in linear time.
 */
function modelLineText(line: string): string | undefined {
  const head = MODEL_LINE.exec(line);
  if (!head) return undefined;
  let at = spacesEnd(line, head[0].length);
  if (line.charAt(at) === ':') at = spacesEnd(line, at + 1);
  const text = line.slice(at);
  return LINE_BREAK.test(text) ? undefined : text;
}

/** A text split at each ` OR ` (any case, whitespace around), as `text.split(/\s+OR\s+/i)` does, in linear time. */
function splitOr(text: string): string[] {
  const parts: string[] = [];
  let last = 0;
  const runs = /\s+/g;
  for (let m = runs.exec(text); m !== null; m = runs.exec(text)) {
    const after = m.index + m[0].length;
    if (text.slice(after, after + 2).toUpperCase() !== 'OR') continue;
    const end = spacesEnd(text, after + 2);
    if (end === after + 2) continue;
    parts.push(text.slice(last, m.index));
    last = end;
    runs.lastIndex = end;
  }
  parts.push(text.slice(last));
  return parts;
}

/** What a request's markdown description says, split into parts. */
export interface ParsedDescription {
  summary?: string;
  description?: string;
  models: ModelRef[];
  /** The JSON of a `#### Response:` fenced block. */
  responseExample?: JsonValue;
  rows: TableRow[];
}

/** Text of a Postman description (string or `{content}` object). */
export function descriptionText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'content' in value) return String((value as { content: unknown }).content ?? '');
  return '';
}

/**
 * Splits a request description: the first paragraph becomes the summary, the rest
 * the description; `Response Model:` lines, `Response:` JSON blocks and parameter
 * tables are taken out and returned parsed.
 */
export function parseDescription(markdown: string): ParsedDescription {
  if (markdown === '') return { models: [], rows: [] };
  const text = markdown.replace(/\r\n?/g, '\n');
  // Without a table row or the word "Response" nothing is taken out: the text only splits into summary and description.
  if (!text.includes('|') && !RESPONSE.test(text)) return withParagraphs(text, [], [], undefined);
  const lines = text.split('\n');
  const { rows, used } = parseParamTables(lines);
  const models: ModelRef[] = [];
  let responseExample: JsonValue | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    // Both patterns below need the word "Response": most lines are ruled out without them.
    if (!RESPONSE.test(line)) continue;
    const modelText = modelLineText(line);
    if (modelText !== undefined) {
      let text = modelText;
      used.add(i);
      if (text.trim() === '' && (lines[i + 1] ?? '').includes('](')) {
        text = lines[i + 1] ?? '';
        used.add(i + 1);
      }
      for (const part of splitOr(text)) models.push(...parseModelLine(part));
      continue;
    }
    if (RESPONSE_LINE.test(line)) {
      let j = i + 1;
      while (j < lines.length && (lines[j] ?? '').trim() === '') j++;
      if (!/^\s*```/.test(lines[j] ?? '')) continue;
      let k = j + 1;
      while (k < lines.length && !/^\s*```/.test(lines[k] ?? '')) k++;
      const parsed = parseJsonLoose(lines.slice(j + 1, k).join('\n'));
      if (parsed === undefined) continue;
      responseExample = parsed;
      for (let u = i; u <= k; u++) used.add(u);
      i = k;
    }
  }
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) if (!used.has(i)) kept.push(lines[i] ?? '');
  return withParagraphs(kept.join('\n'), models, rows, responseExample);
}

/** The parsed description of `rest` (the text left once tables, models and examples are taken out): first paragraph the summary, the others the description. */
function withParagraphs(rest: string, models: ModelRef[], rows: TableRow[], responseExample: JsonValue | undefined): ParsedDescription {
  const blocks: string[] = [];
  for (const block of rest.trim().split(/\n\s*\n/)) {
    const text = block.trim();
    if (text !== '') blocks.push(text);
  }
  const first = blocks[0];
  const out: ParsedDescription = { models, rows };
  if (first !== undefined && !/^(#|\||```|[-*] )/.test(first)) {
    // Each whitespace run holding a line break becomes one space (`/\s*\n\s*/g` would retry every run from each of its characters).
    // A one-line paragraph (most) has no such run: no replace, no callback per word.
    out.summary = first.includes('\n') ? first.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run)) : first;
    blocks.shift();
  }
  if (blocks.length > 0) out.description = blocks.join('\n\n');
  if (responseExample !== undefined) out.responseExample = responseExample;
  return out;
}
