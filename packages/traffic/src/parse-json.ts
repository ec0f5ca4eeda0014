import { TrafficInputError } from './errors.js';
import type { JsonValue } from './types.js';

/** Parses JSON text; on error throws a {@link TrafficInputError} naming `file:line:column`. */
export function parseJson(text: string, file: string, lineOffset = 0): JsonValue {
  try {
    return JSON.parse(text) as JsonValue;
  } catch (e) {
    const msg = (e as Error).message;
    const { line, column } = position(text, msg);
    throw new TrafficInputError(`${file}:${line + lineOffset}:${column}`, `invalid JSON (${msg})`);
  }
}

function position(text: string, msg: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(msg);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(msg);
  const at = pos ? Number(pos[1]) : text.length;
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
