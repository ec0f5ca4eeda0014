import { numberLoss, numberLossWords } from './exact-number.js';

// A quote followed by `:`: every written key ends so, and only a string holding `\":` adds others.
const KEY_END = /"\s*:/g;

/**
 * How many object keys a parsed value holds, all levels counted, or -1 when a value is nested
 * `limit` objects/arrays deep (the walk stops there: the stack stays small). One walk answers
 * both what {@link jsonLoss} needs and whether the value is too deep to read.
 */
export function keyCountWithin(value: unknown, limit: number): number {
  if (value === null || typeof value !== 'object') return 0;
  if (limit === 0) return -1;
  let n = 0;
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item === null || typeof item !== 'object') continue;
      const below = keyCountWithin(item, limit - 1);
      if (below < 0) return -1;
      n += below;
    }
    return n;
  }
  for (const key in value) {
    n++;
    const child: unknown = (value as Record<string, unknown>)[key];
    if (child === null || typeof child !== 'object') continue;
    const below = keyCountWithin(child, limit - 1);
    if (below < 0) return -1;
    n += below;
  }
  return n;
}

/**
 * What `JSON.parse` lost of this JSON text (`value` is what it read), in words, or undefined when
 * it lost nothing: an object that repeats a key (only the last value is kept: the text has more keys
 * than the value), a number beyond the range of a double (`1e400` reads as Infinity, written back as
 * `null`), a number a double does not hold exactly (`9007199254740993` reads as `9007199254740992`).
 * `keys` is the value's key count when known already (see {@link keyCountWithin}).
 */
export function jsonLoss(text: string, value: unknown, keys = keyCountWithin(value, Number.POSITIVE_INFINITY)): string | undefined {
  const lost: string[] = [];
  if (repeatsKey(text, value, keys)) lost.push('a repeated key keeps its last value');
  lost.push(...numberLossWords(numberLoss(text)));
  return lost.length > 0 ? lost.join(', ') : undefined;
}

function repeatsKey(text: string, value: unknown, keys: number): boolean {
  if (value === null || typeof value !== 'object' || keys === 0) return false; // no key read: none was written
  // Every key read was written: when the text has no more key ends than keys read, none repeats (a cheaper scan than writtenKeys).
  let ends = 0;
  KEY_END.lastIndex = 0;
  while (KEY_END.test(text)) ends++;
  return ends !== keys && writtenKeys(text) !== keys;
}

/**
 * How many object keys a valid JSON text writes: strings followed by `:` (in valid JSON no other string
 * is). One pass from string to string: the pattern `/"(?:[^"\\]|\\.)*"\s*:/g` also starts at each escaped
 * `\"` inside a string and reads on to its end, quadratic time on a string of escaped quotes.
 */
function writtenKeys(text: string): number {
  let written = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
    let end = i + 1;
    for (let c = text.charCodeAt(end); end < text.length && c !== 34; c = text.charCodeAt(end)) end += c === 92 ? 2 : 1;
    let next = end + 1;
    for (let c = text.charCodeAt(next); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(next)) next++;
    if (text.charCodeAt(next) === 58) written++;
    i = end;
  }
  return written;
}
