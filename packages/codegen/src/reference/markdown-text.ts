// Spec text is data: everything written into the reference pages goes through
// one of these, so no description can open an HTML tag, end a table cell or a
// code span, or start a heading of its own.

const html = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text for one table cell: one line, `|` and HTML escaped. */
export function cellText(text: string): string {
  return html(text.replace(/\s*\r?\n\s*/g, ' ').trim())
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|');
}

/** A code span of `text` (one line) whose backtick fence is longer than any run of backticks inside; `|` escaped for tables. */
export function codeSpan(text: string): string {
  const line = text.replace(/\s*\r?\n\s*/g, ' ');
  const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${line.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** Paragraphs of prose (Markdown kept): HTML escaped, and no line may start a heading, a fence, front matter or a table. */
export function proseText(text: string): string {
  return html(text.replace(/\r\n?/g, '\n').trim())
    .split('\n')
    .map((l) => l.replace(/^(\s*)(#|```|~~~|---|\||=)/, '$1\\$2'))
    .join('\n');
}
