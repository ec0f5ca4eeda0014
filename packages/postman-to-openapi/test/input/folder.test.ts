import { describe, expect, it } from 'vitest';
import { walkRequests } from '../../src/input/folder.js';
import type { JsonObject } from '../../src/types.js';

describe('walkRequests', () => {
  const collection: JsonObject = {
    info: { schema: 'x' },
    auth: { type: 'bearer' },
    item: [
      { name: 'Root', request: { url: 'https://x.io/a' } },
      {
        name: 'Account',
        auth: { type: 'noauth' },
        item: [
          { name: 'Image', request: { url: 'https://x.io/b' } },
          { name: 'Deep', item: [{ name: 'Image', request: { url: 'https://x.io/c' } }] },
          { name: 'Empty', item: [] },
        ],
      },
      { name: 'Album', item: [{ name: 'Image', request: { url: 'https://x.io/d' } }] },
    ],
  };

  it('lists requests in file order with folder chain, JSON pointer and inherited auth', () => {
    expect(walkRequests(collection).map((e) => [e.folders.join('/'), e.name, e.pointer, e.inheritedAuth.map((a) => a.type)])).toEqual([
      ['', 'Root', '/item/0', ['bearer']],
      ['Account', 'Image', '/item/1/item/0', ['bearer', 'noauth']],
      ['Account/Deep', 'Image', '/item/1/item/1/item/0', ['bearer', 'noauth']],
      ['Album', 'Image', '/item/2/item/0', ['bearer']],
    ]);
  });

  it('given no items -> nothing; an unnamed request gets a placeholder name', () => {
    expect(walkRequests({ item: [] })).toEqual([]);
    expect(walkRequests({ item: [{ request: { url: 'x' } }] })[0]?.name).toBe('item 0');
  });
});
