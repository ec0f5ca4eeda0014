import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { collectionOf } from '../support/collection.js';
import { schemaErrors } from '../support/json-schema.js';

const table = (...rows: string[]) => `| Key | Required | Description |\n|---|---|---|\n${rows.join('\n')}`;

/** Every schema in a value that has both `enum` and `type`, with the allowed values its type rejects. */
function mismatches(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const v of value) mismatches(v, out);
    return out;
  }
  if (value === null || typeof value !== 'object') return out;
  const node = value as Record<string, unknown>;
  if (Array.isArray(node.enum) && node.type !== undefined) {
    for (const e of node.enum) if (schemaErrors({ type: node.type }, e).length > 0) out.push(`${JSON.stringify(e)} is not ${JSON.stringify(node.type)}`);
  }
  for (const v of Object.values(node)) mismatches(v, out);
  return out;
}

const convertOne = (request: object, extra: object = {}) => convert(collectionOf([{ name: 'A', request }], extra));

describe('a key typed by its name, with allowed values of another type', () => {
  it('an added query parameter `page` allowing `a` | `b` is text with those values, reported', () => {
    const { document, warnings } = convertOne({ method: 'GET', url: 'https://a.io/u', description: table('| page | optional | `a` | `b` |') });
    const page = document.paths['/u']?.get?.parameters?.find((p) => 'name' in p && p.name === 'page');
    expect(page && 'schema' in page ? page.schema : undefined).toEqual({ type: 'string', enum: ['a', 'b'] });
    expect(mismatches(document)).toEqual([]);
    expect(warnings.filter((w) => w.code === 'table-conflict').map((w) => w.message.includes('key "page"'))).toEqual([true]);
  });

  it('a description saying integer with text values gives text too; one quoted value is no list of values', () => {
    const { document, warnings } = convertOne({
      method: 'GET',
      url: 'https://a.io/u',
      description: table('| page | optional | `a` |', '| n | optional | an integer, `x` or `y` |'),
    });
    expect(mismatches(document)).toEqual([]);
    const params = document.paths['/u']?.get?.parameters ?? [];
    expect(params.map((p) => ('schema' in p ? p.schema : undefined))).toEqual([{ type: 'integer' }, { type: 'string', enum: ['x', 'y'] }]);
    expect(warnings.filter((w) => w.code === 'table-conflict').map((w) => w.message.includes('key "n"'))).toEqual([true]);
  });

  it('a key listed twice (integer, then `a` | `b`) keeps the first row’s type without the text values', () => {
    const { document } = convertOne({ method: 'GET', url: 'https://a.io/u', description: table('| page | required | an integer |', '| page | optional | `a` | `b` |') });
    expect(mismatches(document)).toEqual([]);
  });

  it('a path parameter and a form field the table adds are consistent', () => {
    const path = convertOne({ method: 'GET', url: 'https://a.io/u/:page', description: table('| page | optional | `a` | `b` |') });
    expect(mismatches(path.document)).toEqual([]);
    const form = convertOne({
      method: 'POST',
      url: 'https://a.io/u',
      description: table('| page | optional | `a` | `b` |'),
      body: { mode: 'urlencoded', urlencoded: [{ key: 'x', value: '1' }] },
    });
    expect(mismatches(form.document)).toEqual([]);
    const media = form.document.paths['/u']?.post?.requestBody?.content['application/x-www-form-urlencoded'];
    expect(media?.schema?.properties?.page).toMatchObject({ type: 'string', enum: ['a', 'b'] });
    expect(schemaErrors(media?.schema, media?.example)).toEqual([]);
  });

  it('a JSON body field sent as a number keeps its number, the text values dropped', () => {
    const { document } = convertOne({
      method: 'POST',
      url: 'https://a.io/u',
      description: table('| page | optional | `a` | `b` |'),
      body: { mode: 'raw', raw: '{"page":1}', options: { raw: { language: 'json' } } },
    });
    expect(mismatches(document)).toEqual([]);
    const media = document.paths['/u']?.post?.requestBody?.content['application/json'];
    expect(schemaErrors(media?.schema, media?.example)).toEqual([]);
  });

  it('mixed values (`1` | `x`) with `page={{p}}` sending `x` are text values, and accept what is sent', () => {
    const { document, warnings } = convertOne(
      { method: 'GET', url: 'https://a.io/u?page={{p}}', description: table('| page | optional | `1` | `x` |') },
      { variable: [{ key: 'p', value: 'x' }] },
    );
    expect(mismatches(document)).toEqual([]);
    const page = document.paths['/u']?.get?.parameters?.find((p) => 'name' in p && p.name === 'page');
    expect(page && 'schema' in page ? page.schema : undefined).toEqual({ type: 'string', enum: ['1', 'x'] });
    expect(warnings.some((w) => w.code === 'table-conflict' && w.message.includes('key "page"'))).toBe(true);
  });

  it('integer values typed back to text by what is sent become text values', () => {
    const { document } = convertOne(
      { method: 'GET', url: 'https://a.io/u?n={{p}}', description: table('| n | optional | `1` | `2` |') },
      {
        variable: [
          { key: 'p', value: '1' },
          { key: 'q', value: 'x' },
        ],
      },
    );
    expect(mismatches(document)).toEqual([]);
  });
});
