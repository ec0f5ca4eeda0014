import { VALUE_DEPTH, tooDeep } from './depth.js';
import { numberLoss, numberLossWords } from './exact-number.js';
import { jsonLoss, keyCountWithin } from './json-loss.js';
import { strictJsonText } from './lenient-json.js';
import type { JsonValue } from '../types.js';

const TOO_DEEP = Symbol('too deep');

function parseBounded(text: string): JsonValue | typeof TOO_DEEP {
  const value = JSON.parse(text) as JsonValue;
  // Nesting VALUE_DEPTH + 1 containers takes two characters each: a shorter text cannot be too deep.
  if (text.length <= 2 * VALUE_DEPTH) return value;
  return tooDeep(value, VALUE_DEPTH) === undefined ? value : TOO_DEEP;
}

/** Numbers beyond a double (Infinity) as JSON writes them: `null`. */
function finite(value: JsonValue): JsonValue {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(finite);
  for (const key of Object.keys(value)) value[key] = finite(value[key] as JsonValue);
  return value;
}

/** A parsed JSON text, and whether it was strict JSON as written. */
export interface ParsedJson {
  value: JsonValue;
  /** Strict JSON as written, read without loss. */
  strict: boolean;
  /** Valid JSON that reading loses something of: a repeated key (the last value kept), a number beyond a double (read as `null`) or one a double does not hold exactly (rounded). */
  lossy?: boolean;
  /** What reading changed, in words (`a repeated key keeps its last value`, ...): set with `lossy`, and for lenient JSON whose numbers do not read as written. */
  loss?: string;
  /** Valid JSON nested deeper than VALUE_DEPTH: `value` is null, the text is not walked. */
  tooDeep?: boolean;
  /** Lenient JSON in which a numeric or boolean Postman dynamic variable (`{{$randomInt}}`) was read as a sample value. */
  samples?: boolean;
}

/**
 * Parses JSON text the way Postman would send it: strict JSON first, else after dropping
 * comments and trailing commas and putting in `{{variables}}` (see strictJsonText).
 * Returns undefined when neither parses. Values nested deeper than VALUE_DEPTH (more than the document has room for) are flagged
 * `tooDeep` (left out rather than walked); strict JSON that reading would change (a repeated
 * key, `1e400`, `9007199254740993`) is flagged `lossy`, not `strict`, and says what in `loss`.
 */
export function parseJsonText(text: string, variables?: Record<string, string>): ParsedJson | undefined {
  if (text.trim() === '') return undefined;
  try {
    const value = JSON.parse(text) as JsonValue;
    // One walk: the depth check and the key count jsonLoss compares with the text.
    const keys = keyCountWithin(value, VALUE_DEPTH);
    if (keys < 0) return { value: null, strict: true, tooDeep: true };
    const loss = jsonLoss(text, value, keys);
    return loss ? { value: finite(value), strict: false, lossy: true, loss } : { value, strict: true };
  } catch {
    try {
      const used = { samples: false };
      const strictText = strictJsonText(text, variables, used);
      // Text the rewrite leaves as it was is no JSON either: parsing it again would fail again, and a failed
      // JSON.parse builds an error (with a stack), which costs more than the rest.
      if (strictText === text) return undefined;
      const value = parseBounded(strictText);
      if (value === TOO_DEEP) return { value: null, strict: false, tooDeep: true };
      // Only an exponent of three digits or a long run of digits can be beyond a double or rounded.
      const numbers = numberLoss(strictText);
      const out: ParsedJson = { value: numbers?.huge ? finite(value) : value, strict: false };
      if (used.samples) out.samples = true;
      if (numbers) out.loss = numberLossWords(numbers).join(', ');
      return out;
    } catch {
      return undefined;
    }
  }
}

/** The value of {@link parseJsonText}, or undefined (also when too deep). `{{var}}` outside strings is read as a string unless `variables` give it a JSON value. */
export function parseJsonLoose(text: string, variables?: Record<string, string>): JsonValue | undefined {
  const parsed = parseJsonText(text, variables);
  return parsed?.tooDeep ? undefined : parsed?.value;
}
