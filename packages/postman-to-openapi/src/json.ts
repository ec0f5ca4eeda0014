import type { JsonValue } from './types.js';

/** Parses JSON text, or returns undefined. `{{var}}` outside strings is read as a string. */
export function parseJsonLoose(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    try {
      const quoted = text.replace(/("(?:[^"\\]|\\.)*")|(\{\{[^{}"]+\}\})/g, (m, str: string | undefined) => str ?? `"${m}"`);
      return JSON.parse(quoted) as JsonValue;
    } catch {
      return undefined;
    }
  }
}
