import type { FieldName } from './types.js';

/** Splits a `FieldName` into its input key and wire name. */
export function fieldName(field: FieldName): { key: string; wire: string } {
  return typeof field === 'string' ? { key: field, wire: field } : { key: field[0], wire: field[1] };
}

/** Scalar to wire text: booleans as `true`/`false`, everything else via `String`. */
export function wireText(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

/** Calls `each(wire, value)` for every present field, once per element of array values. */
export function forEachField(
  fields: readonly FieldName[] | undefined,
  input: Readonly<Record<string, unknown>>,
  each: (wire: string, value: unknown, key: string) => void,
): void {
  for (const field of fields ?? []) {
    const { key, wire } = fieldName(field);
    const value = input[key];
    if (value === undefined || value === null) continue;
    for (const v of Array.isArray(value) ? value : [value]) each(wire, v, key);
  }
}
