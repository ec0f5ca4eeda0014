import type { JsonObject, JsonValue } from '../types.js';

/** Whether a `type` value can be handed to Postman's library: a plain word (`text/markdown` too) that is not a member of every object. */
export function safeType(type: unknown): boolean {
  return typeof type === 'string' && /^[A-Za-z][\w.+/-]*$/.test(type) && !(type in Object.prototype);
}

/** Whether a value holds a `type` the library cannot read or a `__proto__` key (then it is copied). */
function needsCopy(value: JsonValue): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(needsCopy);
  if (Object.hasOwn(value, '__proto__')) return true;
  for (const key in value) {
    const child = value[key] as JsonValue;
    if (key === 'type' && typeof child === 'string' && !safeType(child)) return true;
    if (typeof child === 'object' && child !== null && needsCopy(child)) return true;
  }
  return false;
}

function copy(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(copy);
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === 'type' && typeof child === 'string' && !safeType(child)) continue;
    Object.defineProperty(out, key, { value: copy(child), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * An item that Postman's library can read: the item itself when it can (the library only
 * reads it), else a copy where every string `type` that names a member of all objects
 * (`__proto__`, `constructor`, `toString`…) or is not a plain word is left out.
 * The library looks such types up as properties of its own objects and throws. The
 * converter still reads the original item for what it reports (e.g. an unsupported auth type).
 */
export function forLibrary(item: JsonObject): JsonObject {
  return needsCopy(item) ? (copy(item) as JsonObject) : item;
}
