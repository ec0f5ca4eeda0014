import type { JsonValue } from '../types.js';

/** Deepest nesting of objects and arrays the converter reads (real collections stay under 20). */
export const MAX_DEPTH = 100;

function escapeToken(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * JSON pointer of the first value nested deeper than `limit` objects/arrays, else undefined.
 * Iterative, so any depth is measured without growing the call stack.
 */
export function tooDeep(value: unknown, limit = MAX_DEPTH): string | undefined {
  const stack: { value: unknown; depth: number; pointer: string }[] = [{ value, depth: 0, pointer: '' }];
  while (stack.length > 0) {
    const { value: v, depth, pointer } = stack.pop() as { value: unknown; depth: number; pointer: string };
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= limit) return pointer;
    const entries: [string | number, JsonValue][] = Array.isArray(v) ? v.map((x, i) => [i, x as JsonValue]) : Object.entries(v as Record<string, JsonValue>);
    for (const [k, child] of entries) if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1, pointer: `${pointer}/${escapeToken(k)}` });
  }
  return undefined;
}
