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
 * throws a ConversionError naming the option, rather than failing later or landing in the document.
 */
export function checkOptions(options: unknown): ConvertOptions {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ConversionError(`options must be an object (got ${kind(options)})`);
  }
  const given = options as Record<string, unknown>;
  for (const key of ['title', 'version', 'source'] as const) {
    if (given[key] !== undefined && typeof given[key] !== 'string') throw new ConversionError(`options.${key} must be a string (got ${kind(given[key])})`);
  }
  if (given.strict !== undefined && typeof given.strict !== 'boolean') throw new ConversionError(`options.strict must be true or false (got ${kind(given.strict)})`);
  return given as ConvertOptions;
}
