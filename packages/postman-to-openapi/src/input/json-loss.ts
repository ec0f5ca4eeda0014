/**
 * Whether `JSON.parse` loses something of this JSON text: an object that repeats a key (only
 * the last value is kept) or a number beyond the range of a double (`1e400` reads as
 * Infinity, written back as `null`). One pass over the text; the text must be valid JSON.
 */
export function jsonLoses(text: string): boolean {
  const keys: (Set<string> | undefined)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let j = i + 1;
      let escaped = false;
      while (j < text.length) {
        const d = text.charCodeAt(j);
        if (d === 0x5c) {
          escaped = true;
          j += 2;
          continue;
        }
        if (d === 0x22) break;
        j++;
      }
      const top = keys[keys.length - 1];
      if (expectKey && top) {
        const key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j);
        if (top.has(key)) return true;
        top.add(key);
      }
      expectKey = false;
      i = j;
    } else if (c === 0x7b /* { */) {
      keys.push(new Set());
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      keys.push(undefined);
      expectKey = false;
    } else if (c === 0x7d || c === 0x5d) {
      keys.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      expectKey = keys[keys.length - 1] !== undefined;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      let j = i + 1;
      while (j < text.length && /[0-9eE+.-]/.test(text.charAt(j))) j++;
      const token = text.slice(i, j);
      if (j - i > 15 && !Number.isFinite(Number(token))) return true;
      if (/[eE]/.test(token) && !Number.isFinite(Number(token))) return true;
      i = j - 1;
    }
  }
  return false;
}
