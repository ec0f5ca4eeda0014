import { isCredentialKey } from './credential-key.js';
import { REDACTED, redact } from './redact.js';

/** Bounds of one copy: levels below the 32nd, and values past the 5,000th, become `[truncated]`. */
const MAX_DEPTH = 32;
const MAX_NODES = 5_000;

/**
 * The `cause` to keep on an error: the value itself when nothing reachable
 * from it holds a secret, else a redacted deep copy. The walk covers strings,
 * `Error`s (message, stack, name, every own field, enumerable or not: `code`,
 * `cause`, an `AggregateError`'s `errors`, axios-style `config.headers`),
 * plain and class objects and arrays at any depth, and is cycle-safe. In the
 * copy, `Error`s become plain `Error`s (`AggregateError`s stay so) with the
 * same `name`; a credential-named field (`Authorization`, `accessToken`,
 * `refresh_token`, `Cookie`, …) is `[redacted]` whatever it holds; `Map`s,
 * `Set`s, `Headers`, `URLSearchParams` and `FormData` become arrays of their
 * entries, a `Request` or `Response` its method, status, URL and headers, a
 * `URL` its text; getters are read once, in a `try` (one that throws is kept
 * as `[getter threw]`); bytes holding a secret become `[N bytes, redacted]`;
 * what cannot be read (a hostile `Proxy`) is `[unreadable]`. Bounded: 32
 * levels and 5,000 values, the rest `[truncated]`.
 */
export function redactCause(cause: unknown, secrets: readonly (string | undefined)[] = []): unknown {
  let changed = false;
  let nodes = 0;
  const copies = new Map<object, unknown>();
  const text = (value: string): string => {
    const out = redact(value, secrets);
    changed ||= out !== value;
    return out;
  };
  /** Marks the copy as needed, and returns what stands in for a value. */
  const mark = (stand: string): string => {
    changed = true;
    return stand;
  };
  const hide = (value: unknown): unknown => (value === undefined || value === null || value === '' ? value : mark(REDACTED));
  const field = (key: unknown, value: unknown, depth: number): unknown => (typeof key === 'string' && isCredentialKey(key) ? hide(value) : copy(value, depth));

  const copy = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') return text(value);
    if (!value || typeof value !== 'object') return value;
    if (copies.has(value)) return copies.get(value);
    if (depth > MAX_DEPTH || ++nodes > MAX_NODES) return mark('[truncated]');
    try {
      if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return bytes(value);
      if (value instanceof URL) return text(value.href);
      const r = value as Partial<Request & Response>;
      // A Request or Response keeps its URL and headers in internal slots, out of reach of the field walk.
      if ('url' in value && 'headers' in value && !Object.hasOwn(value, 'headers')) return copy({ method: r.method, status: r.status, url: r.url, headers: r.headers }, depth);
      // Maps, Sets, Headers, URLSearchParams and FormData keep their entries in internal slots: copied as arrays of them.
      // Other iterables (a generator, an endless one) are walked by their fields, never iterated.
      const entries = Array.isArray(value) || /^\[object (?:Map|Set|Headers|URLSearchParams|FormData)\]$/.test(Object.prototype.toString.call(value));
      const out: unknown[] | Record<PropertyKey, unknown> = entries ? [] : value instanceof Error ? plainError(value) : {};
      copies.set(value, out);
      if (Array.isArray(out)) {
        for (const item of value as Iterable<unknown>) {
          if (++nodes > MAX_NODES) {
            out.push(mark('[truncated]'));
            break;
          }
          out.push(Array.isArray(item) && item.length === 2 ? [copy(item[0], depth + 1), field(item[0], item[1], depth + 1)] : copy(item, depth + 1));
        }
        return out;
      }
      if (value instanceof Error) out.name = text(String(value.name));
      for (const key of Reflect.ownKeys(value)) {
        if (++nodes > MAX_NODES) {
          out['[truncated]'] = mark('[truncated]');
          break;
        }
        const d: PropertyDescriptor = Reflect.getOwnPropertyDescriptor(value, key)!;
        let v: unknown = d.value;
        if (!('value' in d)) {
          // An accessor becomes a data field of the copy: read once, here, where a throw is caught.
          changed = true;
          try {
            v = d.get?.call(value);
          } catch {
            v = '[getter threw]';
          }
        }
        Object.defineProperty(out, typeof key === 'string' ? text(key) : key, { value: field(key, v, depth + 1), enumerable: d.enumerable, writable: true, configurable: true });
      }
      return out;
    } catch {
      return mark('[unreadable]');
    }
  };

  /** Bytes as they are, or `[N bytes, redacted]` when their text (first MiB, as Latin-1) holds a secret or credential. */
  const bytes = (value: ArrayBufferView | ArrayBuffer): unknown => {
    const view = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    const head = new TextDecoder('latin1').decode(view.subarray(0, 1 << 20));
    if (redact(head, secrets) === head) return value;
    changed = true;
    return `[${view.length} bytes, redacted]`;
  };

  const out = copy(cause, 0);
  return changed ? out : cause;
}

/** A real `Error` (or `AggregateError`) to copy `error`'s fields onto, without the fields of its own that `error` lacks. */
function plainError(error: Error): Record<PropertyKey, unknown> {
  const out: Error = error instanceof AggregateError ? new AggregateError([]) : new Error();
  for (const key of ['stack', 'errors', 'message']) if (!Object.hasOwn(error, key)) Reflect.deleteProperty(out, key);
  return out as unknown as Record<PropertyKey, unknown>;
}
