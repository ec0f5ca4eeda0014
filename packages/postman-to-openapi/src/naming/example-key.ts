import { camelCase } from './names.js';

// Looked up in a Set: `key in Object.prototype` with a key built just now costs a runtime call per key.
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * The key of an example named after `text` (a request or saved response name): its camelCase,
 * with `Example` appended when that is a member name of `Object.prototype` (`constructor` ->
 * `constructorExample`), which some OpenAPI tools (Redocly 1.x) look up on plain objects.
 * Empty when `text` has no word.
 */
export function exampleKey(text: string): string {
  const key = camelCase(text);
  return INHERITED.has(key) ? `${key}Example` : key;
}
