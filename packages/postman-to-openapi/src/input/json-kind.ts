import type { JsonValue } from '../types.js';

/** What a JSON value is, in words (`an array`, `text`, ...). */
export const jsonKind = (value: JsonValue | undefined): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : value !== null && typeof value === 'object'
        ? 'an object'
        : typeof value === 'number'
          ? 'a number'
          : typeof value === 'string'
            ? 'text'
            : 'a boolean';
