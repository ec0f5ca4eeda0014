import { MAX_DEPTH, tooDeep } from './depth.js';
import { strictJsonText } from './lenient-json.js';
import type { JsonValue } from '../types.js';

function parseBounded(text: string): JsonValue | undefined {
  const value = JSON.parse(text) as JsonValue;
  // Nesting MAX_DEPTH + 1 containers takes two characters each: a shorter text cannot be too deep.
  if (text.length <= 2 * MAX_DEPTH) return value;
  return tooDeep(value) === undefined ? value : undefined;
}

/** A parsed JSON text, and whether it was strict JSON as written. */
export interface ParsedJson {
  value: JsonValue;
  strict: boolean;
}

/**
 * Parses JSON text the way Postman would send it: strict JSON first, else after dropping
 * comments and trailing commas and putting in `{{variables}}` (see strictJsonText).
 * Returns undefined when neither parses, and for values nested deeper than MAX_DEPTH (left out rather than walked).
 */
export function parseJsonText(text: string, variables?: Record<string, string>): ParsedJson | undefined {
  if (text.trim() === '') return undefined;
  try {
    const value = parseBounded(text);
    return value === undefined ? undefined : { value, strict: true };
  } catch {
    try {
      const value = parseBounded(strictJsonText(text, variables));
      return value === undefined ? undefined : { value, strict: false };
    } catch {
      return undefined;
    }
  }
}

/** The value of {@link parseJsonText}, or undefined. `{{var}}` outside strings is read as a string unless `variables` give it a JSON value. */
export function parseJsonLoose(text: string, variables?: Record<string, string>): JsonValue | undefined {
  return parseJsonText(text, variables)?.value;
}
