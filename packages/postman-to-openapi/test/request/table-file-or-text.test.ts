import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { collectionOf } from '../support/collection.js';
import { schemaErrors } from '../support/json-schema.js';

const table = (key: string, says: string): string => `| Key | Required | Description |\n|---|---|---|\n| ${key} | optional | ${says} |`;
const upload = (description: string, rows: object[]) => ({
  name: 'Upload',
  request: { method: 'POST', url: 'https://a.io/u', description, body: { mode: 'formdata', formdata: rows } },
});
const mediaOf = (result: ReturnType<typeof convert>) => result.document.paths['/u']?.post?.requestBody?.content['multipart/form-data'];

describe('a table on a form key sent both as a file and as text', () => {
  it('types the text side only: the schema accepts the file and the typed text, the example validates', () => {
    for (const value of ['{{count}}', '7']) {
      const result = convert(
        collectionOf(
          [
            upload(table('count', 'integer'), [
              { key: 'count', type: 'file', src: '/p.bin' },
              { key: 'count', type: 'text', value },
            ]),
          ],
          { variable: [{ key: 'count', value: '2' }] },
        ),
      );
      const media = mediaOf(result);
      const field = media?.schema?.properties?.count;
      expect(field?.type).toBeUndefined();
      expect(field?.anyOf?.[0]).toMatchObject({ type: 'string', format: 'binary' });
      expect(field?.anyOf?.[1]?.type).toBe('integer');
      // A value read from a variable is shown typed, with the rows as written in `x-postman-raw`.
      const shown = media?.example ?? media?.examples?.upload?.value;
      expect(shown).toEqual({ count: value === '7' ? 7 : 2 });
      expect(schemaErrors(media?.schema, shown)).toEqual([]);
      expect(JSON.parse(media?.examples?.upload?.['x-postman-raw'] ?? 'null')).toEqual({ count: [value, '/p.bin'] });
      expect(schemaErrors(media?.schema, { count: 'a file' })).toEqual([]);
    }
  });

  it('a file list with a disabled text row: the list of files still validates under a table saying string', () => {
    const result = convert(
      collectionOf([
        upload(table('files[]', 'string'), [
          { key: 'files[]', type: 'file', src: ['/a', '/b'] },
          { key: 'files[]', value: 'x', disabled: true },
        ]),
      ]),
    );
    const media = mediaOf(result);
    const field = media?.schema?.properties?.['files[]'];
    expect(field?.type).toBeUndefined();
    expect(media?.example).toEqual({ 'files[]': ['/a', '/b'] });
    expect(schemaErrors(media?.schema, media?.example)).toEqual([]);
  });

  it('allowed values and a default go on the text side, so a file still validates', () => {
    const result = convert(
      collectionOf([
        upload(table('mode', 'One of `a`, `b`. Defaults to `a`'), [
          { key: 'mode', type: 'file', src: '/m.bin' },
          { key: 'mode', type: 'text', value: 'b' },
        ]),
      ]),
    );
    const media = mediaOf(result);
    const field = media?.schema?.properties?.mode;
    expect(field?.enum).toBeUndefined();
    expect(field?.default).toBeUndefined();
    expect(field?.anyOf?.[1]).toMatchObject({ type: 'string', enum: ['a', 'b'], default: 'a' });
    expect(media?.examples?.upload?.value).toEqual({ mode: 'b' });
    expect(schemaErrors(media?.schema, media?.examples?.upload?.value)).toEqual([]);
    expect(schemaErrors(media?.schema, { mode: 'a file' })).toEqual([]);
  });

  it('a text value outside the allowed values drops them from the text side, with a table-conflict', () => {
    const result = convert(
      collectionOf([
        upload(table('mode', 'One of `a`, `b`'), [
          { key: 'mode', type: 'file', src: '/m.bin' },
          { key: 'mode', type: 'text', value: 'c' },
        ]),
      ]),
    );
    const media = mediaOf(result);
    expect(media?.schema?.properties?.mode?.anyOf?.[1]?.enum).toBeUndefined();
    expect(media?.examples?.upload?.value).toEqual({ mode: 'c' });
    expect(schemaErrors(media?.schema, media?.examples?.upload?.value)).toEqual([]);
    expect(result.warnings.some((w) => w.code === 'table-conflict' && w.message.includes('"mode"'))).toBe(true);
  });
});
