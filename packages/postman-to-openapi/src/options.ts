import { ConversionError } from './errors.js';
import type { ConvertOptions } from './types.js';

/** What a value is, for a message: "null", "an array", "a string", "an object", ... */
function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/**
 * The options of `convert` checked: an object (or nothing) whose `title`, `version` and `source` are
 * strings and `strict` true or false, each when given (undefined counts as not given). Anything else
 * throws a ConversionError naming the option, rather than failing later or landing in the document,
 * and so does an option whose getter throws; each option is read once, into the object returned.
 */
export function checkOptions(options: unknown): ConvertOptions {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || readOrThrow('options', () => Array.isArray(options))) {
    throw new ConversionError(`options must be an object (got ${kind(options)})`);
  }
  const given = options as Record<string, unknown>;
  const checked: ConvertOptions = {};
  for (const key of ['title', 'version', 'source'] as const) {
    const value = readOrThrow(`options.${key}`, () => given[key]);
    if (value !== undefined && typeof value !== 'string') throw new ConversionError(`options.${key} must be a string (got ${kind(value)})`);
    if (value !== undefined) checked[key] = value;
  }
  const strict = readOrThrow('options.strict', () => given.strict);
  if (strict !== undefined && typeof strict !== 'boolean') throw new ConversionError(`options.strict must be true or false (got ${kind(strict)})`);
  if (strict !== undefined) checked.strict = strict;
  return checked;
}

/** Reads an option (a getter or a proxy may throw): what throws becomes a ConversionError naming the option. */
function readOrThrow<T>(what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    let text: string;
    try {
      text = String(error).slice(0, 200);
    } catch {
      text = 'an error that cannot be shown';
    }
    throw new ConversionError(`${what} could not be read (${text})`, { cause: error });
  }
}
