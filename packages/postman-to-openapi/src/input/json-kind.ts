import type { JsonValue } from '../types.js';

/** What a JSON value is, in words (`an array`, `text`, ...). */
export function jsonKind(value: JsonValue | undefined): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'object':
      return 'an object';
    case 'number':
      return 'a number';
    case 'string':
      return 'text';
    default:
      return 'a boolean';
  }
}
