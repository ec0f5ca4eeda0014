import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pm, { type Url } from 'postman-collection';
import { describe, expect, it } from 'vitest';
import { forLibrary } from '../../src/input/for-library.js';
import { keyText } from '../../src/input/key-text.js';
import { lightUrl } from '../../src/input/light-url.js';
import { descriptionText } from '../../src/request/description.js';
import type { JsonObject, JsonValue } from '../../src/types.js';
import { seedCollections } from '../support/seeds.js';

/** What the converter reads of a URL: parts, keyed query rows, and the description of each probed path variable. */
function view(url: Url, names: string[]): unknown {
  const rows = url.query.all() as { key: unknown; value: unknown; disabled?: unknown; description?: unknown }[];
  return {
    protocol: url.protocol,
    port: url.port,
    host: url.host,
    path: url.path,
    query: rows.filter((r) => keyText(r.key) !== '').map((r) => ({ key: r.key, value: r.value, disabled: Boolean(r.disabled), description: descriptionText(r.description) })),
    variables: names.map((n) => descriptionText(url.variables.one(n)?.description)),
  };
}

const library = (value: JsonValue): Url => new pm.Url((value !== null && typeof value === 'object' && !Array.isArray(value) ? forLibrary(value) : value) as never);

function probes(value: JsonValue): string[] {
  const names = ['constructor', '__proto__', 'toString', 'id', 'x'];
  if (value && typeof value === 'object' && !Array.isArray(value) && Array.isArray(value.variable)) {
    for (const v of value.variable) if (v && typeof v === 'object' && !Array.isArray(v)) names.push(String(v.key ?? ''), String(v.id ?? ''));
  }
  return names;
}

/** Asserts that lightUrl and the library's Url agree on a copy each (the library writes `key` into variables). */
function agree(value: JsonValue): void {
  const names = probes(value);
  const copy = (): JsonValue => JSON.parse(JSON.stringify(value)) as JsonValue;
  expect(view(lightUrl(copy()), names)).toEqual(view(library(copy()), names));
}

function corpusUrls(): JsonValue[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const own = join(here, '..', 'corpus');
  const collections = [
    ...readdirSync(own)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(own, f), 'utf8')) as JsonObject),
    ...seedCollections().map((s) => s.collection),
  ];
  const out: JsonValue[] = [];
  const visit = (items: JsonValue | undefined): void => {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
      visit(item.item);
      const r = item.request;
      const url = typeof r === 'string' ? r : r && typeof r === 'object' && !Array.isArray(r) ? r.url : undefined;
      if (url !== undefined) out.push(url, typeof url === 'object' && url && !Array.isArray(url) && typeof url.raw === 'string' ? url.raw : '');
    }
  };
  for (const c of collections) visit(c.item);
  return out;
}

const word = fc.constantFrom('a', 'id', 'x', 'api', '{{host}}', '{{b.c}}', ':id', ':id.json', '', ' ', '__proto__', 'constructor', 'v1', '{id}', '%20');
const text = fc
  .array(fc.constantFrom('https://', 'http://', '{{base}}', 'a.b.io', ':8080', '/', '//', '\\', '?', '&', '=', '#', '@', 'u:p@', ':id', '{{x}}', 'v1', 'q=1', ' '), {
    maxLength: 12,
  })
  .map((p) => p.join(''));
const description = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.record({ content: fc.oneof(fc.string({ maxLength: 4 }), fc.constant(null), fc.integer()) }),
  fc.constantFrom(null, 0, 5, true, false, '', [] as JsonValue[]),
);
const queryRow = fc.oneof(
  fc.record(
    { key: fc.oneof(word, fc.constant(null), fc.integer()), value: fc.oneof(word, fc.constant(null)), disabled: fc.constantFrom(true, false, 0, 1, 'yes'), description },
    { requiredKeys: [] },
  ),
  word,
  fc.constantFrom(null, 3, true),
);
const variable = fc.oneof(
  fc.record(
    {
      key: fc.oneof(word, fc.constant(null), fc.constant(0)),
      id: word,
      description,
      type: fc.constantFrom('string', 'any', 'number', 'boolean', 'String', 'array', 'object'),
      value: fc.oneof(word, fc.integer(), fc.boolean(), fc.constant(null)),
    },
    { requiredKeys: [] },
  ),
  fc.constantFrom(null, 'x', 1),
);
const urlObject = fc.record(
  {
    raw: text,
    protocol: fc.oneof(fc.constantFrom('https', 'http', '{{scheme}}'), fc.constant(null)),
    host: fc.oneof(fc.array(word, { maxLength: 4 }), fc.constantFrom('a.b.io', '{{base}}', '{{a.b}}.io', '')),
    port: fc.constantFrom('8080', '{{port}}', 443, ''),
    path: fc.oneof(fc.array(fc.oneof(word, fc.record({ value: word })), { maxLength: 5 }), fc.constantFrom('/a/b', '/', '', 'a/:id/', '//x')),
    query: fc.oneof(fc.array(queryRow, { maxLength: 4 }), fc.constantFrom('a=1&&b', '', 'x')),
    variable: fc.array(variable, { maxLength: 4 }),
  },
  { requiredKeys: [] },
);

describe('lightUrl reads a URL exactly as postman-collection 5.3.1 `Url` does (what the converter reads of it)', () => {
  it('every URL of the corpus collections and the Imgur collection, as objects and as raw text', () => {
    const urls = corpusUrls();
    expect(urls.length).toBeGreaterThan(700);
    for (const url of urls) agree(url);
  });

  it('generated URL objects and texts (query rows, variables, descriptions of every kind)', () => {
    fc.assert(
      fc.property(fc.oneof(urlObject, text), (url) => agree(url as JsonValue)),
      { numRuns: 2000, seed: 20261207 },
    );
  });

  it('unusual objects go to the library itself: an info member, a query object, a variable of an unknown type or with an object value', () => {
    for (const url of [
      { info: { name: 'x' }, path: ['a'] },
      { path: ['a'], query: { page: 1, perPage: 2 } },
      { path: [':id'], variable: [{ key: 'id', type: 'Constructor', description: 'the id' }] },
      { path: [':id'], variable: [{ key: 'id', value: { a: 1 }, description: 'the id' }] },
      { path: ['a'], query: [{ key: 'k', info: { description: 'from info' } }] },
    ] as JsonValue[])
      agree(url);
  });
});
