import { tooDeep } from './depth.js';
import type { JsonValue } from '../types.js';

function parseBounded(text: string): JsonValue | undefined {
  const value = JSON.parse(text) as JsonValue;
  return tooDeep(value) === undefined ? value : undefined;
}

/**
 * Parses JSON text, or returns undefined (also for values nested deeper than MAX_DEPTH,
 * which are left out rather than walked). `{{var}}` outside strings is read as a string.
 */
export function parseJsonLoose(text: string): JsonValue | undefined {
  try {
    return parseBounded(text);
  } catch {
    try {
      const quoted = text.replace(/("(?:[^"\\]|\\.)*")|(\{\{[^{}"]+\}\})/g, (m, str: string | undefined) => str ?? `"${m}"`);
      return parseBounded(quoted);
    } catch {
      return undefined;
    }
  }
}
