import type { FieldName } from '../types/operation-meta.js';

/** Splits a `FieldName` into its input key and wire name. */
export function fieldName(field: FieldName): { key: string; wire: string } {
  return typeof field === 'string' ? { key: field, wire: field } : { key: field[0], wire: field[1] };
}

/** Calls `each(wire, value, key)` for every present (not null/undefined) field, once per element of array values. */
export function forEachField(fields: readonly FieldName[] | undefined, input: Readonly<Record<string, unknown>>, each: (wire: string, value: unknown, key: string) => void): void {
  for (const field of fields ?? []) {
    const { key, wire } = fieldName(field);
    const value = input[key];
    if (Array.isArray(value)) for (const v of value) each(wire, v, key);
    else if (value != null) each(wire, value, key);
  }
}
