/**
 * Default mapping of an operation tag to its resource package:
 * `Album` → `@imgur-ts/album` (lower case, other characters become `-`).
 */
export function packageForTag(tag: string): string {
  const slug = tag
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `@imgur-ts/${slug === '' ? 'untagged' : slug}`;
}

/** The short scope of a package name for sentences: `@imgur-ts/album` → `album`. */
export function scopeOf(packageName: string): string {
  const slash = packageName.lastIndexOf('/');
  return slash === -1 ? packageName : packageName.slice(slash + 1);
}
