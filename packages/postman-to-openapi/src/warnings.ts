import type { ConversionWarning, RequestEntry, WarningCode } from './types.js';

const MAX_MESSAGE = 1_000;

/** Builds a warning about one request; `suffix` extends its JSON pointer. Messages longer than 1000 characters are cut. */
export function warningFor(entry: RequestEntry, code: WarningCode, message: string, suffix = ''): ConversionWarning {
  const text = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}… (${message.length} characters)` : message;
  return { code, folder: entry.folders.join(' / '), request: entry.name, pointer: `${entry.pointer}${suffix}`, message: text };
}

/** Stable order for warnings: by pointer (numeric segments compared as numbers), then code, then message. */
export function sortWarnings(warnings: ConversionWarning[]): ConversionWarning[] {
  const keys = new Map<string, (string | number)[]>();
  const key = (p: string): (string | number)[] => {
    let k = keys.get(p);
    if (!k) keys.set(p, (k = p.split('/').map((s) => (/^\d+$/.test(s) ? Number(s) : s))));
    return k;
  };
  const cmp = (a: ConversionWarning, b: ConversionWarning): number => {
    const ka = key(a.pointer);
    const kb = key(b.pointer);
    for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
      const x = ka[i];
      const y = kb[i];
      if (x === y) continue;
      if (x === undefined) return -1;
      if (y === undefined) return 1;
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      return String(x) < String(y) ? -1 : 1;
    }
    return a.code === b.code ? (a.message < b.message ? -1 : a.message > b.message ? 1 : 0) : a.code < b.code ? -1 : 1;
  };
  return [...warnings].sort(cmp);
}

/** One line for humans: `Folder / Request (/item/0/item/1): message [code]` (folder and request cut at 200 characters). */
export function formatWarning(w: ConversionWarning): string {
  const full = w.folder ? `${w.folder} / ${w.request}` : w.request;
  const where = full.length > 200 ? `${full.slice(0, 200)}…` : full;
  return `${where} (${w.pointer}): ${w.message} [${w.code}]`;
}
