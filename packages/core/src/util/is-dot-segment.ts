/**
 * True when `value`, as a path segment, is or decodes to `.` or `..`
 * (`%2E`, `.%2e`, `%252E%252E`, …; up to three rounds of percent-decoding):
 * URL parsers and servers resolve such a segment, so the request would leave its route.
 */
export function isDotSegment(value: string): boolean {
  let text = value;
  for (let round = 0; round < 4; round++) {
    if (text === '.' || text === '..') return true;
    if (!text.includes('%') || text.length > 16) return false;
    try {
      text = decodeURIComponent(text);
    } catch {
      return false;
    }
  }
  return false;
}
