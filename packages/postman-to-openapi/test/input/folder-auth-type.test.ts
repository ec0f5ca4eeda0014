import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { collectionOf } from '../support/collection.js';

const bearer = { type: 'bearer', bearer: [{ key: 'token', value: '{{t}}' }] };
const basic = { type: 'basic', basic: [{ key: 'username', value: 'u' }] };
const get = (name: string, path: string) => ({ name, request: { method: 'GET', url: `https://a.io${path}` } });

describe('a folder or collection auth whose type is not text', () => {
  it('is reported once, naming its pointer, and the requests below it take the auth above it', () => {
    const { document, warnings } = convert(collectionOf([{ name: 'F', auth: { type: 5 }, item: [get('One', '/one'), get('Two', '/two')] }], { auth: bearer }));
    expect(document.paths['/one']?.get?.security).toEqual([{ BearerAuth: [] }]);
    expect(document.paths['/two']?.get?.security).toEqual([{ BearerAuth: [] }]);
    const unread = warnings.filter((w) => w.code === 'unsupported-auth');
    expect(unread.map((w) => w.pointer)).toEqual(['/item/0/item/0/request/auth']);
    expect(unread[0]?.message).toBe(
      'folder auth type at /item/0/auth/type is a number, not text; not read: the requests below it take the auth above it, if any (their security says no more than that)',
    );
  });

  it('on the collection: reported, and a folder auth below it still applies', () => {
    const { document, warnings } = convert(collectionOf([get('Top', '/top'), { name: 'F', auth: basic, item: [get('In', '/in')] }], { auth: { type: ['bearer'] } }));
    expect(document.paths['/top']?.get?.security).toEqual([]);
    expect(document.paths['/in']?.get?.security).toEqual([{ BasicAuth: [] }]);
    expect(warnings.filter((w) => w.code === 'unsupported-auth').map((w) => [w.pointer, w.message.slice(0, 48)])).toEqual([
      ['/item/0/request/auth', 'collection auth type (/auth/type) is an array, n'],
    ]);
  });

  it('null on a folder or request is not read either: the auth above is taken and reported', () => {
    const { document, warnings } = convert(
      collectionOf(
        [
          { name: 'F', auth: { type: null }, item: [get('One', '/one')] },
          { name: 'R', request: { method: 'GET', url: 'https://a.io/two', auth: { type: null } } },
        ],
        { auth: basic },
      ),
    );
    expect(document.paths['/one']?.get?.security).toEqual([{ BasicAuth: [] }]);
    expect(document.paths['/two']?.get?.security).toEqual([{ BasicAuth: [] }]);
    expect(warnings.filter((w) => w.code === 'unsupported-auth').map((w) => [w.pointer, w.message.slice(0, 48)])).toEqual([
      ['/item/0/item/0/request/auth', 'folder auth type at /item/0/auth/type is null, n'],
      ['/item/1/request/auth/type', 'auth type is null, not text; not read: the reque'],
    ]);
  });
});

describe('an auth with no type', () => {
  it('on a request or folder is not read: the auth above is taken and reported at its pointer', () => {
    const { document, warnings } = convert(
      collectionOf(
        [
          { name: 'R', request: { method: 'GET', url: 'https://a.io/one', auth: { bearer: [{ key: 'token', value: 't' }] } } },
          { name: 'F', auth: {}, item: [get('Two', '/two')] },
        ],
        { auth: basic },
      ),
    );
    expect(document.paths['/one']?.get?.security).toEqual([{ BasicAuth: [] }]);
    expect(document.paths['/two']?.get?.security).toEqual([{ BasicAuth: [] }]);
    expect(warnings.filter((w) => w.code === 'unsupported-auth').map((w) => [w.pointer, w.message])).toEqual([
      ['/item/0/request/auth', 'auth has no type; not read: the request takes the auth it inherits from its folders and collection, if any (its security says no more than that)'],
      [
        '/item/1/item/0/request/auth',
        'folder auth at /item/1/auth has no type; not read: the requests below it take the auth above it, if any (their security says no more than that)',
      ],
    ]);
  });

  it('on the collection is reported by the first request, which has no auth', () => {
    const { document, warnings } = convert(collectionOf([get('Top', '/top'), get('Next', '/next')], { auth: { bearer: [{ key: 'token', value: 't' }] } }));
    expect(document.paths['/top']?.get?.security).toEqual([]);
    expect(warnings.filter((w) => w.code === 'unsupported-auth').map((w) => [w.pointer, w.message])).toEqual([
      ['/item/0/request/auth', 'collection auth (/auth) has no type; not read: the requests below it take the auth above it, if any (their security says no more than that)'],
    ]);
  });
});
