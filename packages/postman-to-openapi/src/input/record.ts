/**
 * A dictionary keyed by names from the collection: no prototype, so `__proto__` is stored as
 * an ordinary key and `constructor` or `toString` are not found unless the collection wrote them.
 * JSON.stringify writes it like a plain object.
 */
export function record<T>(from?: Record<string, T>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  if (from) for (const key of Object.keys(from)) out[key] = from[key] as T;
  return out;
}
