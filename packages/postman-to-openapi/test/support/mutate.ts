import fc from 'fast-check';
import type { JsonObject, JsonValue } from '../../src/types.js';

/** Strings that break out of comments, templates, HTML or prototype lookups, plus odd unicode and NUL. */
export const HOSTILE_STRINGS = [
  '*/ globalThis.pwned = 1; /*',
  '`${globalThis.pwned = 1}`',
  '${process.exit(7)}',
  '</script><script>alert(1)</script>',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '{{__proto__}}',
  ':constructor',
  '{{constructor}}',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  '\u{1F600}\u200d\u{1F4A9}',
  'e\u0301\u0301',
  '\r\nX-Injected: 1',
  '"quote\\',
  "'); drop",
  '{{',
  '}}',
  '{{}}',
  ':',
  '/',
  '//',
  '..',
  '?',
  '#',
  '%zz',
  '%00',
  ' ',
  '',
  '| Key | Required | Description |\n|---|---|---|\n| __proto__ | required | x |',
  '#### Response Model: [__proto__](https://api.imgur.com/models/x)',
  '#### Response:\n```\n{"__proto__":{"polluted":1},"a":[[[[1]]]]}\n```',
  '1e999',
  '-0',
  'NaN',
];

/** Keys a mutation may add; Postman's own vocabulary plus prototype keys. */
export const KEYS = [
  'name',
  'request',
  'url',
  'item',
  'auth',
  'variable',
  'description',
  'header',
  'body',
  'mode',
  'raw',
  'formdata',
  'urlencoded',
  'response',
  'path',
  'host',
  'query',
  'protocol',
  'port',
  'type',
  'bearer',
  'apikey',
  'oauth2',
  'basic',
  'key',
  'value',
  'disabled',
  'info',
  'schema',
  'event',
  'originalRequest',
  'code',
  'status',
  'method',
  'content',
  'options',
  'language',
  'src',
  'version',
  'id',
  '__proto__',
  'constructor',
  'prototype',
];

/** Values a mutation puts where a key's value was: every JSON type, empty and odd ones. */
const VALUES: JsonValue[] = [null, true, false, 0, -1, 1.5, 1e308, '', 'x', [], {}, [null], [{}], { key: null }, { content: {} }, ['a', 1]];

/** One edit of a collection, chosen by fast-check; `at` picks a node of the current tree (modulo their count). */
export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'value'; at: number; value: number }
  | { kind: 'hostile'; at: number; text: number }
  | { kind: 'huge'; at: number; text: number; size: number }
  | { kind: 'deep'; at: number; depth: number; shape: 'item' | 'array' | 'object' | 'content' }
  | { kind: 'add'; at: number; key: number; value: number; text: number }
  | { kind: 'unicode'; at: number; text: string };

/** A seed collection sliced to a few requests, then edited by a list of mutations. */
export interface Case {
  base: number;
  picks: number[];
  mutations: Mutation[];
  asText: boolean;
}

const at = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at }),
  fc.record({ kind: fc.constant('value' as const), at, value: fc.nat() }),
  fc.record({ kind: fc.constant('hostile' as const), at, text: fc.nat() }),
  fc.record({ kind: fc.constant('huge' as const), at, text: fc.nat(), size: fc.constantFrom(10_000, 100_000, 1_000_000) }),
  fc.record({
    kind: fc.constant('deep' as const),
    at,
    depth: fc.constantFrom(20, 200, 2_000, 20_000),
    shape: fc.constantFrom('item' as const, 'array' as const, 'object' as const, 'content' as const),
  }),
  fc.record({ kind: fc.constant('add' as const), at, key: fc.nat(), value: fc.nat(), text: fc.nat() }),
  fc.record({ kind: fc.constant('unicode' as const), at, text: fc.string({ unit: 'binary', maxLength: 12 }) }),
);

/** fast-check arbitrary of cases over `bases` seed collections. */
export function caseArbitrary(bases: number): fc.Arbitrary<Case> {
  return fc.record({
    base: fc.nat({ max: bases - 1 }),
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 5 }),
    asText: fc.boolean(),
  });
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requestPointers(items: JsonValue | undefined, prefix: number[], out: number[][]): number[][] {
  if (!Array.isArray(items)) return out;
  items.forEach((item, i) => {
    if (isObject(item) && Array.isArray(item.item)) requestPointers(item.item, [...prefix, i], out);
    else out.push([...prefix, i]);
  });
  return out;
}

/** The collection with only the picked requests (folders on their way kept with their own keys). */
export function slice(collection: JsonObject, picks: number[]): JsonObject {
  const copy = structuredClone(collection);
  const all = requestPointers(copy.item, [], []);
  const keep = new Set(picks.map((p) => all[p % Math.max(all.length, 1)]?.join('/')));
  const prune = (items: JsonValue | undefined, prefix: number[]): JsonValue[] => {
    if (!Array.isArray(items)) return [];
    return items.flatMap((item, i) => {
      const here = [...prefix, i];
      if (isObject(item) && Array.isArray(item.item)) {
        const inner = prune(item.item, here);
        return inner.length > 0 ? [{ ...item, item: inner }] : [];
      }
      return keep.has(here.join('/')) ? [item] : [];
    });
  };
  return { ...copy, item: prune(copy.item, []) };
}

type Slot = { parent: JsonObject | JsonValue[]; key: string | number };

function slots(root: JsonObject, limit = 5_000): Slot[] {
  const out: Slot[] = [];
  const stack: (JsonObject | JsonValue[])[] = [root];
  while (stack.length > 0 && out.length < limit) {
    const node = stack.pop() as JsonObject | JsonValue[];
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_v, i) => i) : Object.keys(node);
    for (const key of keys) {
      out.push({ parent: node, key });
      const child = (node as Record<string | number, JsonValue>)[key];
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return out;
}

/** Sets an own property, `__proto__` included (a plain assignment would change the prototype instead). */
function put(parent: JsonObject | JsonValue[], key: string | number, value: JsonValue): void {
  Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

function deep(depth: number, shape: 'item' | 'array' | 'object' | 'content'): JsonValue {
  let value: JsonValue = shape === 'item' ? { name: 'leaf', request: 'https://x.io/a' } : 'leaf';
  for (let i = 0; i < depth; i++) {
    value = shape === 'item' ? { name: `f${i}`, item: [value] } : shape === 'array' ? [value] : shape === 'content' ? { content: value } : { a: value };
  }
  return value;
}

function apply(root: JsonObject, m: Mutation): void {
  const all = slots(root);
  if (all.length === 0) return;
  const { parent, key } = all[m.at % all.length] as Slot;
  const hostile = (n: number): string => HOSTILE_STRINGS[n % HOSTILE_STRINGS.length] as string;
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      return;
    case 'value':
      put(parent, key, structuredClone(VALUES[m.value % VALUES.length] as JsonValue));
      return;
    case 'hostile':
      put(parent, key, hostile(m.text));
      return;
    case 'huge':
      put(parent, key, hostile(m.text).padEnd(m.size, m.text % 2 === 0 ? `${hostile(m.text + 1)}{{v}}/:p\n| a | b |\n` : `${hostile(m.text + 1)}{{v}}/:p?a=`));
      return;
    case 'deep':
      put(parent, key, deep(m.depth, m.shape));
      return;
    case 'unicode':
      put(parent, key, m.text);
      return;
    case 'add': {
      const target = (parent as Record<string | number, JsonValue>)[key];
      const value = m.value % 3 === 0 ? hostile(m.text) : structuredClone(VALUES[m.value % VALUES.length] as JsonValue);
      if (isObject(target)) put(target, KEYS[m.key % KEYS.length] as string, value);
      else if (Array.isArray(target)) target.push(value);
      else put(parent, key, { [KEYS[m.key % KEYS.length] as string]: value });
    }
  }
}

/** Builds the input of one case: the sliced seed with every mutation applied. */
export function mutated(seeds: JsonObject[], c: Case): JsonObject {
  const root = slice(seeds[c.base] as JsonObject, c.picks);
  for (const m of c.mutations) apply(root, m);
  return root;
}
