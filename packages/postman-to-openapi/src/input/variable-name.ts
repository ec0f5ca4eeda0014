/**
 * The name of a `{{ name }}` variable from the text between its braces (no `{` or `}` in it): trimmed, or
 * its last character when it is all whitespace. Read so, `/\{\{([^{}]+)\}\}/g` finds the same variables
 * and names as `/\{\{\s*([^{}]+?)\s*\}\}/g`, without trying every split of a long run of spaces
 * between the braces (cubic time).
 */
export function variableName(inner: string): string {
  const name = inner.trim();
  return name === '' ? inner.slice(-1) : name;
}
