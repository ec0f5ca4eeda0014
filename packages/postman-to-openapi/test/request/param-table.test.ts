import { describe, expect, it } from 'vitest';
import { parseParamTables, parseRow, type TableRow } from '../../src/request/param-table.js';

describe('parseRow', () => {
  const cases: [string, [string, string, string], Partial<TableRow>][] = [
    ['required string', ['username', 'required', 'The user'], { key: 'username', required: true, type: 'string', description: 'The user' }],
    [
      'enum with &#124; and a default',
      ['sort', 'optional', '`oldest` &#124; `newest`. Defaults to `newest`'],
      { required: false, type: 'string', enum: ['oldest', 'newest'], default: 'newest' },
    ],
    ['enum with commas and "or"', ['privacy', 'optional', '`public`, `hidden`, or `secret`'], { enum: ['public', 'hidden', 'secret'] }],
    ['enum with raw pipes', ['window', 'optional', '`day` | `week` | `all`'], { enum: ['day', 'week', 'all'] }],
    ['page key -> integer', ['page', 'optional', 'the data paging number'], { type: 'integer' }],
    ['description says integer', ['perPage', 'optional', 'integer - items per page. Defaults to `50`'], { type: 'integer', default: 50 }],
    ['numeric allowed values -> integer enum', ['reason', 'optional', '`1` | `2` | `3`'], { type: 'integer', enum: [1, 2, 3] }],
    ['true/false -> boolean', ['new', 'optional', '`true` &#124; `false`. Defaults to `true`'], { type: 'boolean', default: true }],
    ['backticked key', ['`ids[]`', 'optional', 'ids'], { key: 'ids[]' }],
    ['"optional" wins over "required" mentions', ['x', 'optional (required for y)', ''], { required: false }],
    ['single backticked word is not an enum', ['title', 'optional', 'e.g. `cats`'], { enum: undefined }],
  ];
  it.each(cases)('given %s', (_name, [key, required, description], want) => {
    const row = parseRow(key, required, description, 'Parameters');
    for (const [k, v] of Object.entries(want)) expect(row[k as keyof TableRow], k).toEqual(v);
  });
});

describe('parseParamTables', () => {
  it('reads Key | Required | Description tables under their headings, skips other tables', () => {
    const lines = [
      'Search the gallery.',
      '',
      '#### Simple Search Query Parameters',
      '| Key | Required | Description |',
      '|-----|----------|-------------|',
      '| q | optional | Query string |',
      '',
      '#### Advanced Search Query Parameters',
      '| Key | Required | Value |',
      '| --- | --- | --- |',
      '| q_type | optional | `jpg` &#124; `png` |',
      '',
      '#### Report Reason Codes',
      '| Code | Meaning |',
      '|---|---|',
      '| 1 | spam |',
    ];
    const { rows, used } = parseParamTables(lines);
    expect(rows.map((r) => [r.table, r.key, r.enum ?? null])).toEqual([
      ['Simple Search Query Parameters', 'q', null],
      ['Advanced Search Query Parameters', 'q_type', ['jpg', 'png']],
    ]);
    expect([...used].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 7, 8, 9, 10]);
  });

  it('joins a row that has more cells than columns (raw | in the description)', () => {
    const { rows } = parseParamTables(['| Key | Required | Description |', '|---|---|---|', '| section | optional | `hot` | `top` | `user` |']);
    expect(rows[0]?.enum).toEqual(['hot', 'top', 'user']);
  });
});
