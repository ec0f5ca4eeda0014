import { redact } from '../util/redact.js';

const FIELDS = ['message', 'error', 'detail', 'code', 'status', 'type', 'id'];

/**
 * A bounded copy of Imgur's error (`data.error`, `error`, `message` or
 * `errors[0]` of an error body of `bodyChars` characters), so that reading
 * any error body costs about what parsing it costs: strings up to 4,096
 * characters (redacted before the cut, so a secret across it leaves no part
 * behind); from a body of at most 64 KiB, objects and lists up to 8 levels
 * and 1,000 keys and items in all; from a larger body (which may hold more
 * keys than are worth listing), at every level only the fields `message`,
 * `error`, `detail`, `code`, `status`, `type` and `id` of an object (none of
 * a list). A cut string ends with `…`, and a value nested too deep is `…`;
 * keys and items past the 1,000th are left out.
 */
export function keepError(value: unknown, bodyChars: number, secrets: readonly (string | undefined)[]): unknown {
  let left = 1_000;
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return v.length > 4_096 ? `${redact(v.slice(0, 5_120), secrets).slice(0, 4_096)}…` : v;
    if (!v || typeof v !== 'object') return v;
    if (depth > 7) return '…';
    const kept: [string, unknown][] = [];
    for (const key of bodyChars > 65_536 ? FIELDS.filter((f) => f in v) : Object.keys(v)) {
      if (left-- < 1) break;
      kept.push([walk(key, 0) as string, walk((v as Record<string, unknown>)[key], depth + 1)]);
    }
    // fromEntries: a `__proto__` key stays a plain own property.
    return Array.isArray(v) ? kept.map((e) => e[1]) : Object.fromEntries(kept);
  };
  return walk(value, 0);
}
