import { redact } from '../util/redact.js';

/**
 * How much of Imgur's error (`data.error`, `error`, `message` or `errors[0]`
 * of an error body) an `ImgurApiError` keeps, so that reading any error body
 * costs about what parsing it costs: strings up to `chars` characters; from
 * a body of at most `wholeBodyChars` characters, objects and arrays up to
 * `depth` levels and `entries` keys and items in all; from a larger body
 * (more keys than Imgur ever sends could be in it, and listing them costs
 * more than parsing), only the string or number fields `message`, `error`,
 * `detail`, `code`, `status`, `type` and `id` of an object.
 */
export const ERROR_LIMITS = { chars: 4_096, depth: 8, entries: 1_000, wholeBodyChars: 64 * 1024 } as const;

const FIELDS = ['message', 'error', 'detail', 'code', 'status', 'type', 'id'];
/** Room past the cut for a secret that straddles it: redacted before the cut, it leaves no part behind. */
const MARGIN = 1_024;

/** `text` redacted and cut at `ERROR_LIMITS.chars`, saying how much was left out. */
const cut = (text: string, secrets: readonly (string | undefined)[]): string => {
  const { chars } = ERROR_LIMITS;
  if (text.length <= chars) return text;
  return `${redact(text.slice(0, chars + MARGIN), secrets).slice(0, chars)}… (${text.length - chars} more characters)`;
};

/**
 * A bounded copy of `value`, Imgur's error from a body of `bodyChars`
 * characters (see `ERROR_LIMITS`): cut strings, at most `depth` levels and
 * `entries` entries (a cut is said in place: `"[nested too deep]"`, a last
 * item or key `"…"` saying how many more there were), or the known fields only.
 * Linear in what it keeps: a large object's keys are never listed.
 */
export function keepError(value: unknown, bodyChars: number, secrets: readonly (string | undefined)[]): unknown {
  let left = ERROR_LIMITS.entries;
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return cut(v, secrets);
    if (!v || typeof v !== 'object') return v;
    if (depth >= ERROR_LIMITS.depth) return '[nested too deep]';
    const keys = Object.keys(v);
    const out: Record<string, unknown> | unknown[] = Array.isArray(v) ? [] : {};
    for (const [i, key] of keys.entries()) {
      if (left-- <= 0) {
        (out as Record<string, unknown>)[Array.isArray(out) ? i : '…'] = `${keys.length - i} more not kept`;
        break;
      }
      // defineProperty: a `__proto__` key stays a plain own property.
      Object.defineProperty(out, cut(key, secrets), { value: walk((v as Record<string, unknown>)[key], depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  if (bodyChars <= ERROR_LIMITS.wholeBodyChars || !value || typeof value !== 'object') return walk(value, 0);
  const known: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const v = (value as Record<string, unknown>)[field];
    if (typeof v === 'string' || typeof v === 'number') known[field] = walk(v, 0);
  }
  return known;
}
