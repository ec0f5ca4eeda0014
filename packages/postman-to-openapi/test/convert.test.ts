import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';
import { ConversionError } from '../src/errors.js';
import type { JsonObject } from '../src/types.js';
import { leakedSegments } from './support/leaks.js';

const schema = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
const req = (name: string, method: string, url: string, header: JsonObject[] = []): JsonObject => ({ name, request: { method, url, header } });
const collection = (item: JsonObject[], variable: JsonObject[] = []): JsonObject => ({ info: { name: 'C', schema }, item, variable });

describe('convert', () => {
  it('accepts JSON text and objects alike', () => {
    const c = collection([req('A', 'GET', 'https://x.io/a')]);
    expect(convert(JSON.stringify(c)).document).toEqual(convert(c).document);
  });

  it('refuses unusable input with the source name', () => {
    expect(() => convert('nope', { source: 'in.json' })).toThrow(/^in\.json: not valid JSON/);
    expect(() => convert({ info: { schema: 'x' }, item: [] }, { source: 'in.json' })).toThrow(ConversionError);
  });

  it('never bakes a variable value into a path', () => {
    const c = collection([req('U', 'GET', 'https://x.io/users/{{username}}/items/:itemId')], [{ key: 'username', value: 'alice' }, { key: 'itemId', value: '42' }]);
    const { document } = convert(c);
    expect(Object.keys(document.paths)).toEqual(['/users/{username}/items/{itemId}']);
    expect(leakedSegments(c, document)).toEqual([]);
    expect(JSON.stringify(document)).not.toContain('alice');
    expect(leakedSegments(c, { ...document, paths: { '/users/alice/items/{itemId}': {} } })).toEqual(['/users/alice/items/{itemId}: alice']);
  });

  it('paths equivalent across methods get one template; the rename is reported', () => {
    const c = collection([{ name: 'Album', item: [req('Get', 'GET', 'https://x.io/album/{{albumHash}}'), req('Del', 'DELETE', 'https://x.io/album/{{albumDeleteHash}}')] }]);
    const { document, warnings, summary } = convert(c);
    expect(Object.keys(document.paths)).toEqual(['/album/{albumHash}']);
    expect(document.paths['/album/{albumHash}']?.delete?.parameters?.[0]?.['x-aliases']).toEqual(['albumDeleteHash']);
    expect(warnings.map((w) => [w.code, w.pointer])).toEqual([['path-param-renamed', '/item/0/item/1/request/url']]);
    expect(summary).toEqual({ requests: 2, operations: 2, merged: 0, skipped: 0, warnings: 1 });
  });

  it('counts: requests = operations + merged + skipped', () => {
    const c = collection([req('A', 'POST', 'https://x.io/soap'), req('B', 'POST', 'https://x.io/soap'), req('C', 'GET', ''), req('D', 'GET', 'https://x.io/d')]);
    const { summary } = convert(c);
    expect(summary).toMatchObject({ requests: 4, operations: 2, merged: 1, skipped: 1 });
    expect(summary.requests).toBe(summary.operations + summary.merged + summary.skipped);
  });

  it('strict: any warning -> ConversionError listing every warning', () => {
    const c = collection([req('A', 'POST', 'https://x.io/soap'), req('B', 'POST', 'https://x.io/soap')]);
    expect(() => convert(c, { strict: true, source: 's.json' })).toThrow(/^s\.json: 1 warning\(s\) in strict mode:\nB \(\/item\/1\): POST \/soap merged/);
    expect(convert(collection([req('A', 'GET', 'https://x.io/a')]), { strict: true }).warnings).toEqual([]);
  });

  it('is deterministic: the same input gives the same document twice', () => {
    const c = collection([req('A', 'GET', 'https://x.io/a?x=1'), req('B', 'POST', 'https://x.io/b', [{ key: 'Authorization', value: 'Bearer t' }])]);
    expect(JSON.stringify(convert(c))).toBe(JSON.stringify(convert(c)));
  });
});
