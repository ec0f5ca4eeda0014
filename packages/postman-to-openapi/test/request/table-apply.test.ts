import pm from 'postman-collection';
import { describe, expect, it } from 'vitest';
import { convertBody } from '../../src/request/body.js';
import { parseParamTables } from '../../src/request/param-table.js';
import { applyTable } from '../../src/request/table-apply.js';
import type { ParameterObject, RequestEntry } from '../../src/types.js';

const { RequestBody } = pm;
const entry: RequestEntry = { raw: {}, name: 'Req', folders: ['F'], pointer: '/item/0/item/1', inheritedAuth: [] };
const rows = (...lines: string[]) => parseParamTables(['| Key | Required | Description |', '|---|---|---|', ...lines]).rows;
const pathParam = (name: string): ParameterObject => ({ name, in: 'path', required: true, schema: { type: 'string' } });

describe('applyTable', () => {
  it('exact match -> applied silently', () => {
    const got = applyTable(entry, rows('| page | optional | page number |'), [pathParam('page')], undefined);
    expect(got.warnings).toEqual([]);
    expect(got.params[0]?.schema).toEqual({ type: 'integer' });
  });

  it('non-exact match -> applied and reported with folder, request and pointer', () => {
    const got = applyTable(entry, rows('| sort | optional | `oldest` &#124; `newest` |'), [pathParam('favoritesSort')], undefined);
    expect(got.params[0]?.schema.enum).toEqual(['oldest', 'newest']);
    expect(got.warnings).toEqual([
      {
        code: 'param-matched',
        folder: 'F',
        request: 'Req',
        pointer: '/item/0/item/1/request/description',
        message: 'table "Parameters" key "sort" matched path parameter "favoritesSort" (affix)',
      },
    ]);
  });

  it('documented key matching nothing, no form body -> optional query parameter, reported', () => {
    const got = applyTable(entry, rows('| account_id | optional | integer account id |'), [pathParam('username')], undefined);
    expect(got.params[1]).toEqual({ name: 'account_id', in: 'query', required: false, description: 'integer account id', schema: { type: 'integer' } });
    expect(got.warnings.map((w) => [w.code, w.message])).toEqual([
      ['param-added', 'table "Parameters" key "account_id" matches no URL variable, query parameter or body field; added as a query parameter'],
    ]);
  });

  it('form body: rows describe fields, mark required, unknown keys become fields', () => {
    const body = convertBody(new RequestBody({ mode: 'formdata', formdata: [{ key: 'title', value: 'x' }] } as never), undefined);
    const got = applyTable(entry, rows('| title | required | The title |', '| layout | optional | `blog` &#124; `grid` |'), [], body);
    expect(body?.media.schema).toEqual({
      type: 'object',
      required: ['title'],
      properties: {
        title: { type: 'string', example: 'x', description: 'The title' },
        layout: { type: 'string', enum: ['blog', 'grid'], description: '`blog` | `grid`' },
      },
    });
    expect(got.warnings.map((w) => w.code)).toEqual(['param-added']);
  });
});
