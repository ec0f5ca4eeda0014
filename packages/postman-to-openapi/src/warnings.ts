import type { ConversionWarning, RequestEntry, WarningCode } from './types.js';

const MAX_MESSAGE = 1_000;

/** Builds a warning about one request; `suffix` extends its JSON pointer. Messages longer than 1000 characters are cut. */
export function warningFor(entry: RequestEntry, code: WarningCode, message: string, suffix = ''): ConversionWarning {
  const text = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}… (${message.length} characters)` : message;
  return { code, folder: entry.folders.join(' / '), request: entry.name, pointer: `${entry.pointer}${suffix}`, message: text };
}

/** A pointer's segments, numeric ones as numbers (`/item/10` sorts after `/item/2`). */
function pointerKey(pointer: string): (string | number)[] {
  const parts: (string | number)[] = pointer.split('/');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (/^\d+$/.test(part)) parts[i] = Number(part);
  }
  return parts;
}

/** A warning with its pointer's key, computed once per warning before sorting. */
interface Keyed {
  key: (string | number)[];
  warning: ConversionWarning;
}

// Module-level functions, not closures made per call: a closure's optimised code does not outlive it, so each
// conversion would optimise a fresh comparator again.
function compareKeyed(a: Keyed, b: Keyed): number {
  const ka = a.key;
  const kb = b.key;
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const x = ka[i];
    const y = kb[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  const wa = a.warning;
  const wb = b.warning;
  return wa.code === wb.code ? (wa.message < wb.message ? -1 : wa.message > wb.message ? 1 : 0) : wa.code < wb.code ? -1 : 1;
}

/** Stable order for warnings: by pointer (numeric segments compared as numbers), then code, then message. */
export function sortWarnings(warnings: ConversionWarning[]): ConversionWarning[] {
  const keys = new Map<string, (string | number)[]>();
  const keyed: Keyed[] = [];
  for (const warning of warnings) {
    let key = keys.get(warning.pointer);
    if (!key) keys.set(warning.pointer, (key = pointerKey(warning.pointer)));
    keyed.push({ key, warning });
  }
  keyed.sort(compareKeyed);
  const out: ConversionWarning[] = [];
  for (const k of keyed) out.push(k.warning);
  return out;
}

/** One line for humans: `Folder / Request (/item/0/item/1): message [code]` (folder and request cut at 200 characters). */
export function formatWarning(w: ConversionWarning): string {
  const full = w.folder ? `${w.folder} / ${w.request}` : w.request;
  const where = full.length > 200 ? `${full.slice(0, 200)}…` : full;
  return `${where} (${w.pointer}): ${w.message} [${w.code}]`;
}
