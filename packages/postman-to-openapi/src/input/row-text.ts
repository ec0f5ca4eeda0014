/**
 * A row value (form field, query parameter, header) as Postman sends it: text as written, a
 * number or boolean as its text (`5` is sent as `5`, `true` as `true`); anything else as it is.
 */
export const rowText = (value: unknown): unknown => (typeof value === 'number' || typeof value === 'boolean' ? String(value) : value);
