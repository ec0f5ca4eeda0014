/** Lowercase letters and digits only: "image_id" -> "imageid", "ids[]" -> "ids". */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_v, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** How a table key matches a name, strongest first; undefined when it does not. */
export type MatchLevel = 'exact' | 'normalized' | 'near' | 'affix';

/**
 * The similarity rule for parameter-table keys:
 * exact; equal in lowercase letters and digits only; "near" = edit distance <= 2 with both
 * normalized names >= 5 characters (favoriteSort ~ favoritesSort); "affix" = one
 * normalized name ends with the other, the shorter >= 3 characters
 * (sort ~ favoritesSort, commentSort ~ sort, image_id ~ subredditImageId).
 */
export function matchLevel(key: string, name: string): MatchLevel | undefined {
  if (key === name) return 'exact';
  const a = normalizeName(key);
  const b = normalizeName(name);
  if (a === '' || b === '') return undefined;
  if (a === b) return 'normalized';
  if (Math.min(a.length, b.length) >= 5 && distance(a, b) <= 2) return 'near';
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.endsWith(short)) return 'affix';
  return undefined;
}
