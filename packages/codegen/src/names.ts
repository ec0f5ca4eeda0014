/** Words that cannot name a binding in strict-mode ES modules, plus globals we must not shadow. */
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval undefined NaN Infinity'
  ).split(' '),
);

/** Splits text into ASCII word parts: `get Album (Un-Authed)` -> `['get','Album','Un','Authed']`. */
export function words(text: string): string[] {
  const ascii = text.normalize('NFKD').replace(/[^\x20-\x7e]/g, '');
  return ascii
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** `image_id` -> `imageId`; keeps inner capitals of camelCase input. */
export function camelCase(text: string): string {
  const parts = words(text);
  return parts.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('');
}

/** `get album` -> `GetAlbum`. */
export function pascalCase(text: string): string {
  const c = camelCase(text);
  return c.charAt(0).toUpperCase() + c.slice(1);
}

/**
 * Makes a safe TypeScript identifier from arbitrary spec text: ASCII letters,
 * digits, `_` and `$` only, never starting with a digit, never a reserved word,
 * never empty (`fallback` is used then).
 */
export function toIdentifier(text: string, fallback = 'value'): string {
  let id = text.normalize('NFKD').replace(/[^A-Za-z0-9_$]/g, '');
  if (id === '') id = fallback;
  if (/^[0-9]/.test(id)) id = `_${id}`;
  if (RESERVED.has(id)) id = `${id}_`;
  return id;
}

/** True when `key` can be written as a bare property name. */
export function isIdentifierName(key: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key);
}

/** Assigns unique names in order: the second `x` becomes `x2`, and so on. */
export function uniqueNamer(): (name: string) => string {
  const used = new Set<string>();
  return (name: string) => {
    let candidate = name;
    for (let n = 2; used.has(candidate); n += 1) candidate = `${name}${n}`;
    used.add(candidate);
    return candidate;
  };
}
