import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { libraryItem } from '../../src/input/library-item.js';

const collection = (item: object) => ({ info: { name: 'c', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item: [item] });

describe('libraryItem', () => {
  it('reads a body given as a string as a raw body, as the library does', () => {
    const item = libraryItem({ name: 's', request: { method: 'POST', url: 'https://api.example.org/s', body: 'hello=world' } });
    expect(item.request.body?.mode).toBe('raw');
    expect(item.request.body?.raw).toBe('hello=world');
    const { document } = convert(collection({ name: 's', request: { method: 'POST', url: 'https://api.example.org/s', body: 'hello=world' } }));
    expect(document.paths['/s']?.post?.requestBody?.content).toEqual({ 'text/plain': { schema: { type: 'string' }, example: 'hello=world' } });
  });

  it("keeps a saved response's status text, so a response without a valid code goes under the code it names", () => {
    const raw = { name: 'r', request: { method: 'GET', url: 'https://api.example.org/r' }, response: [{ name: 'gone', code: 999, status: 'Not Found', body: '{"e":1}' }] };
    expect(libraryItem(raw).responses[0]?.status).toBe('Not Found');
    const { document, warnings } = convert(collection(raw));
    expect(Object.keys(document.paths['/r']?.get?.responses ?? {})).toEqual(['404']);
    expect(warnings.map((w) => [w.code, w.pointer])).toEqual([['invalid-status', '/item/0/response/0']]);
  });
});
