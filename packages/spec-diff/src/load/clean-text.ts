/**
 * Makes spec text safe for a one-line sentence: control characters and line
 * breaks become spaces, runs of whitespace collapse, and the result is cut to
 * `max` characters (with `…`). Markdown escaping is left to the renderers.
 */
export function cleanText(text: string, max = 120): string {
  // eslint-disable-next-line no-control-regex
  const flat = text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
