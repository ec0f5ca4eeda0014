/**
 * A row value (form field, query parameter, header) as Postman sends it: text as written, a
 * number or boolean as its text (`5` is sent as `5`, `true` as `true`), an object or array as
 * its JSON text; anything else as it is.
 */
export const rowText = (value: unknown): unknown =>
  typeof value === 'number' || typeof value === 'boolean' ? String(value) : value !== null && typeof value === 'object' ? jsonText(value) : value;

function jsonText(value: object): unknown {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
