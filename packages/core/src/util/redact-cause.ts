import { isCredentialKey } from './credential-key.js';
import { REDACTED, redact } from './redact.js';
import { secretMatcher } from './secret-matcher.js';

/** Bounds of one copy: levels below the 32nd, and values past the 5,000th, become `[truncated]`. */
const MAX_DEPTH = 32;
const MAX_NODES = 5_000;

interface Walk {
  readonly secrets: readonly (string | undefined)[];
  /** Original object -> its copy (cycles and shared objects stay so in the copy). */
  readonly copies: Map<object, unknown>;
  nodes: number;
  /** Whether the copy differs from the original anywhere (then the copy is returned). */
  changed: boolean;
}

/**
 * The `cause` to keep on an error: the value itself when nothing reachable
 * from it holds a secret, else a redacted deep copy. The walk covers strings,
 * `Error`s (message, stack, name, every own field, enumerable or not: `code`,
 * `cause`, an `AggregateError`'s `errors`, axios-style `config.headers`),
 * plain and class objects, arrays, `Map`s and `Set`s, at any depth, and is
 * cycle-safe. In the copy, `Error`s become plain `Error`s (`AggregateError`s
 * stay so) with the same `name`; the value of a credential-named field
 * (`Authorization`, `accessToken`, `refresh_token`, `Cookie`, …) is
 * `[redacted]` whatever it is; `Headers`, `URLSearchParams` and `FormData`
 * become plain objects, a `Request` or `Response` its method, status, URL and
 * headers; getters are read once, in a `try` (one that throws is kept as
 * `[getter threw]`); bytes holding a secret become `[N bytes, redacted]`;
 * what cannot be read (a hostile `Proxy`) is `[unreadable]`. Bounded: 32
 * levels and 5,000 values, the rest `[truncated]`.
 */
export function redactCause(cause: unknown, secrets: readonly (string | undefined)[] = []): unknown {
  const walk: Walk = { secrets, copies: new Map(), nodes: 0, changed: false };
  const copy = copyOf(cause, walk, 0);
  return walk.changed ? copy : cause;
}

function text(value: string, walk: Walk): string {
  const out = redact(value, walk.secrets);
  if (out !== value) walk.changed = true;
  return out;
}

function copyOf(value: unknown, walk: Walk, depth: number): unknown {
  if (typeof value === 'string') return text(value, walk);
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  if (walk.copies.has(value)) return walk.copies.get(value);
  if (typeof value === 'function') return value;
  if (depth >= MAX_DEPTH || ++walk.nodes > MAX_NODES) {
    walk.changed = true;
    return '[truncated]';
  }
  try {
    return copyObject(value, walk, depth);
  } catch {
    walk.changed = true;
    return '[unreadable]';
  }
}

function copyObject(value: object, walk: Walk, depth: number): unknown {
  const child = (v: unknown): unknown => copyOf(v, walk, depth + 1);
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return copyBytes(value, walk);
  if (value instanceof Date || value instanceof RegExp || value instanceof Promise || value instanceof WeakMap || value instanceof WeakSet) return value;
  if (typeof URL !== 'undefined' && value instanceof URL) {
    const href = text(value.href, walk);
    return href === value.href ? value : href;
  }
  const entries = webEntries(value);
  if (entries) {
    walk.changed = true;
    const out = entries.kind === 'fields' ? fields(entries.list, walk, depth) : { ...fields(Object.entries(entries.head), walk, depth), headers: fields(entries.list, walk, depth) };
    walk.copies.set(value, out);
    return out;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    walk.copies.set(value, out);
    for (let i = 0; i < value.length; i++) out.push(child(value[i]));
    return out;
  }
  if (value instanceof Map) {
    const out = new Map();
    walk.copies.set(value, out);
    for (const [k, v] of value) out.set(child(k), typeof k === 'string' && isCredentialKey(k) ? secretValue(v, walk) : child(v));
    return out;
  }
  if (value instanceof Set) {
    const out = new Set();
    walk.copies.set(value, out);
    for (const v of value) out.add(child(v));
    return out;
  }
  const out: object = value instanceof Error ? plainError(value) : {};
  walk.copies.set(value, out);
  if (value instanceof Error) {
    let name: unknown;
    try {
      name = value.name;
    } catch {
      name = 'Error';
    }
    Object.defineProperty(out, 'name', { value: typeof name === 'string' ? text(name, walk) : 'Error', writable: true, configurable: true });
  }
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key)!;
    let field: unknown;
    if ('value' in descriptor) field = descriptor.value;
    else {
      // An accessor becomes a data field of the copy: read once, here, where a throw is caught.
      walk.changed = true;
      try {
        field = descriptor.get?.call(value);
      } catch {
        field = '[getter threw]';
      }
    }
    const name = typeof key === 'string' ? text(key, walk) : key;
    const safe = typeof key === 'string' && isCredentialKey(key) ? secretValue(field, walk) : child(field);
    Object.defineProperty(out, name, { value: safe, enumerable: !!descriptor.enumerable, writable: true, configurable: true });
  }
  return out;
}

/** A real `Error` (or `AggregateError`) to copy `error`'s fields onto, without fields of its own that `error` lacks. */
function plainError(error: Error): Error {
  const aggregate = typeof AggregateError !== 'undefined' && error instanceof AggregateError;
  const out: Error = aggregate ? new AggregateError([]) : new Error();
  for (const key of ['stack', 'errors', 'message']) if (!Object.prototype.hasOwnProperty.call(error, key)) Reflect.deleteProperty(out, key);
  return out;
}

/** A credential field's value: `[redacted]` unless empty. */
function secretValue(value: unknown, walk: Walk): unknown {
  if (value === undefined || value === null || value === '') return value;
  walk.changed = true;
  return REDACTED;
}

/** Name/value pairs as a plain object, credential names' values replaced. */
function fields(list: readonly (readonly [string, unknown])[], walk: Walk, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of list.slice(0, 1_000))
    Object.defineProperty(out, text(k, walk), { value: isCredentialKey(k) ? secretValue(v, walk) : copyOf(typeof v === 'string' || typeof v === 'number' ? v : `[${typeof v}]`, walk, depth + 1), enumerable: true, writable: true, configurable: true });
  return out;
}

/** The entries of a web object whose data lives in internal slots (so not in its own fields). */
function webEntries(value: object): { kind: 'fields'; list: [string, unknown][] } | { kind: 'message'; head: Record<string, unknown>; list: [string, unknown][] } | undefined {
  const is = (name: string): boolean => typeof (globalThis as Record<string, unknown>)[name] === 'function' && value instanceof ((globalThis as Record<string, unknown>)[name] as new () => object);
  if (is('Headers') || is('URLSearchParams') || is('FormData')) return { kind: 'fields', list: [...(value as Headers)] };
  if (is('Request')) {
    const r = value as Request;
    return { kind: 'message', head: { method: r.method, url: r.url }, list: [...r.headers] };
  }
  if (is('Response')) {
    const r = value as Response;
    return { kind: 'message', head: { status: r.status, statusText: r.statusText, url: r.url }, list: [...r.headers] };
  }
  return undefined;
}

/** Bytes as they are, or `[N bytes, redacted]` when their text (first MiB, as Latin-1) holds a secret. */
function copyBytes(value: ArrayBufferView | ArrayBuffer, walk: Walk): unknown {
  const matcher = secretMatcher(walk.secrets);
  const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1 << 20));
  if (!matcher || head.replace(matcher, '') === head) return value;
  walk.changed = true;
  return `[${bytes.length} bytes, redacted]`;
}
