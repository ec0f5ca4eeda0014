/**
 * Objects with no members to inherit: the prototype of every record is an empty object whose own
 * prototype is null. Unlike `Object.create(null)` (which V8 keeps in its slow dictionary form), a
 * record built by a constructor keeps fast properties, and records are most of a document.
 */
const Empty = function Record(this: object) {} as unknown as new () => object;
Object.setPrototypeOf(Empty.prototype, null);
Reflect.deleteProperty(Empty.prototype, 'constructor');

/**
 * A dictionary keyed by names from the collection: nothing inherited, so `__proto__` is stored as
 * an ordinary key and `constructor` or `toString` are not found unless the collection wrote them.
 * JSON.stringify writes it like a plain object.
 */
export function record<T>(from?: Record<string, T>): Record<string, T> {
  const out = new Empty() as Record<string, T>;
  if (from) {
    const keys = Object.keys(from);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      out[key] = from[key] as T;
    }
  }
  return out;
}
