import { describe, expect, it } from 'vitest';
import { convert } from '../src/index.js';
import type { JsonObject, JsonValue } from '../src/types.js';
import { cpuMsSince } from './support/cpu-ms.js';

const SCHEMA = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

/** A collection of one request, `request` laid over a plain GET. */
function oneRequest(request: JsonObject, name = 'A'): JsonObject {
  return { info: { name: 'hostile', schema: SCHEMA }, item: [{ name, request: { method: 'GET', url: 'https://a.io/x', ...request } }] };
}

const json = (raw: string): JsonValue => ({ mode: 'raw', raw, options: { raw: { language: 'json' } } });
const table = '|Key|Required|Description|\n|---|---|---|\n|a|required|b|\nx\n';

// Text fields a pattern that backtracks would read in quadratic (or cubic) time: each 200-400 KB.
const CASES: [string, JsonObject][] = [
  ['a description: "a", 200k spaces, "b"', oneRequest({ description: `a${' '.repeat(200_000)}b` })],
  ['a request name: "a" and 200k "("', oneRequest({}, `a${'('.repeat(200_000)}`)],
  ['a request name: " (Authed" 25k times', oneRequest({}, ' (Authed'.repeat(25_000))],
  ['a Response Model line: 400k "["', oneRequest({ description: `#### Response Model: ${'['.repeat(400_000)}` })],
  [
    'a Response Model line: a model URL with 200k slug characters and no ")"',
    oneRequest({ description: `#### Response Model: [X](https://api.imgur.com/models/${'a'.repeat(200_000)}` }),
  ],
  ['a Response Model line: 200k spaces before a line separator', oneRequest({ description: `Response Model${' '.repeat(200_000)}x\u2028y` })],
  ['a Response Model line: 200k spaces that are not " OR "', oneRequest({ description: `#### Response Model: a${' '.repeat(200_000)}b` })],
  ['a Response heading: 200k spaces, then a word', oneRequest({ description: `#### Response${' '.repeat(200_000)}x` })],
  ['a line with a "|" above 200k spaces', oneRequest({ description: `a|b\n${' '.repeat(200_000)}` })],
  ['a heading, 100k blank lines, 2k parameter tables', oneRequest({ description: `# Parameters\n${'\n'.repeat(100_000)}${table.repeat(2_000)}` })],
  ['a table cell: "default" and 200k spaces', oneRequest({ description: `|Key|Required|Description|\n|---|---|---|\n|a|optional|default${' '.repeat(200_000)}` })],
  ['a JSON body: a string of 100k escaped quotes', oneRequest({ method: 'POST', body: json(`["${'\\"'.repeat(100_000)}"]`) })],
  ['a host of 100k dotted labels', oneRequest({ url: { raw: 'x', host: 'a.'.repeat(100_000), path: ['x'] } })],
  ['a bearer token: "{{" and 200k spaces', oneRequest({ auth: { type: 'bearer', bearer: [{ key: 'token', value: `{{${' '.repeat(200_000)}` }] } })],
  ['an Authorization header: "Key {{" and 200k spaces', oneRequest({ header: [{ key: 'Authorization', value: `Key {{${' '.repeat(200_000)}` }] })],
  ...['{{a}', '{{ab}', '{{$a}', '[{{a}', '{{-}', '"{{a}'].map((piece): [string, JsonObject] => [
    `a JSON body: ${piece} repeated to 200k characters`,
    oneRequest({ method: 'POST', body: json(piece.repeat(200_000 / piece.length)) }),
  ]),
  [
    'a 1,500-row parameter table whose keys match none of 1,500 body fields',
    oneRequest({
      method: 'POST',
      description: `|Key|Required|Description|\n|---|---|---|\n${Array.from({ length: 1500 }, (_v, i) => `|qqqq${i}|required|\`a\` \\| \`b\`|\n`).join('')}`,
      body: json(JSON.stringify(Object.fromEntries(Array.from({ length: 1500 }, (_v, i) => [`zzzzzz${i}`, 'a'])))),
    }),
  ],
];

describe('hostile text fields', () => {
  it.each(CASES)('converts %s in well under a second', (_name, collection) => {
    const since = process.cpuUsage();
    const { summary } = convert(collection);
    // Linear work here takes milliseconds; a quadratic pattern takes 30 s or more on 200 KB.
    expect(cpuMsSince(since)).toBeLessThan(2000);
    expect(summary.requests).toBe(1);
  });

  it('keeps what the hostile fields say', () => {
    const name = convert(oneRequest({}, `Get (Image)${'('.repeat(1000)}`)).document.paths['/x']?.get?.operationId;
    expect(name).toBe('getImage');
    const summary = convert(oneRequest({ description: `a${' '.repeat(1000)}\n  b` })).document.paths['/x']?.get?.summary;
    expect(summary).toBe('a b');
  });
});
