import { packageForTag } from './package-for-tag.js';

/**
 * Builds a tag → package function from `Tag=@scope/name` pairs, falling back
 * to `fallback` (default: `@imgur-ts/<tag lowercased>`) for other tags.
 * @throws Error for a pair without `=` or with an empty side.
 */
export function parseTagPackages(pairs: readonly string[], fallback: (tag: string) => string = packageForTag): (tag: string) => string {
  const map = new Map<string, string>();
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0 || eq === pair.length - 1) throw new Error(`--tag-package expects Tag=package, got "${pair}"`);
    map.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return (tag) => map.get(tag) ?? fallback(tag);
}
