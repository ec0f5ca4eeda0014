// A string followed by `:` is an object key: in valid JSON no other string is. Matches start at real string starts only.
const KEY = /"(?:[^"\\]|\\.)*"\s*:/g;
// A number beyond a double has an exponent of three digits or at least 309 digits.
const HUGE = /[eE][+-]?\d{3}|\d{309}/;

function keyCount(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object') n += keyCount(item);
    return n;
  }
  for (const key in value) {
    n++;
    const child: unknown = (value as Record<string, unknown>)[key];
    if (child !== null && typeof child === 'object') n += keyCount(child);
  }
  return n;
}

function hasInfinity(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (value === null || typeof value !== 'object') return false;
  for (const key in value) if (hasInfinity((value as Record<string, unknown>)[key])) return true;
  return false;
}

/**
 * Whether `JSON.parse` lost something of this JSON text (`value` is what it read): an object
 * that repeats a key (only the last value is kept: the text has more keys than the value) or
 * a number beyond the range of a double (`1e400` reads as Infinity, written back as `null`).
 */
export function jsonLoses(text: string, value: unknown): boolean {
  if (HUGE.test(text) && hasInfinity(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  let keys = 0;
  KEY.lastIndex = 0;
  while (KEY.exec(text) !== null) keys++;
  return keys !== keyCount(value);
}
