import { describe, expect, it } from 'vitest';
import { assembleDocument } from '../../src/output/assemble.js';
import type { JsonObject } from '../../src/types.js';
import { draft } from '../support/draft.js';

describe('assembleDocument', () => {
  const collection: JsonObject = {
    info: { name: 'Sample', version: { major: 2, minor: 1, patch: 0 }, description: 'Intro' },
    item: [
      { name: 'Image', description: 'Images', item: [] },
      { name: 'Unused', item: [] },
      { name: 'Album', item: [] },
    ],
  };

  it('ids unique in collection order, servers ranked by use, tags only for used top folders', () => {
    const a = draft('Album', 'Album', 'get', '/album/{h}');
    const b = draft('Image', 'Album', 'get', '/image/album/{h}');
    const c = draft('Image', 'Image', 'get', '/image/{h}');
    b.entry.folders = ['Album'];
    c.server = { url: 'https://{hostname}', variables: { hostname: { default: 'x.io' } } };
    const doc = assembleDocument(collection, [a, b, c], {});
    expect(doc.info).toEqual({ title: 'Sample', version: '2.1.0', description: 'Intro' });
    expect(doc.paths['/album/{h}']?.get?.operationId).toBe('album.getAlbum');
    expect(doc.paths['/image/album/{h}']?.get?.operationId).toBe('album.getAlbum2');
    expect(doc.servers.map((s) => s.url)).toEqual(['https://api.example.com', 'https://{hostname}']);
    expect(doc.paths['/image/{h}']?.get?.servers).toEqual([c.server]);
    expect(doc.paths['/album/{h}']?.get?.servers).toBeUndefined();
    expect(doc.tags).toEqual([{ name: 'Image', description: 'Images' }, { name: 'Album' }]);
  });

  it('an operation merged from several servers lists them all', () => {
    const a = draft('Image', 'A', 'get', '/a');
    a.otherServers = [{ url: 'https://b.example.com' }];
    const doc = assembleDocument(collection, [a, draft('Image', 'B', 'get', '/b')], {});
    expect(doc.paths['/a']?.get?.servers).toEqual([{ url: 'https://api.example.com' }, { url: 'https://b.example.com' }]);
    expect(doc.paths['/b']?.get?.servers).toBeUndefined();
  });

  it('two top folders with one name -> one tag', () => {
    const doc = assembleDocument(
      {
        info: {},
        item: [
          { name: 'A', item: [] },
          { name: 'A', description: 'second', item: [] },
        ],
      },
      [draft('A', 'X', 'get', '/x')],
      {},
    );
    expect(doc.tags).toEqual([{ name: 'A' }]);
  });

  it('options override title and version; nothing converted -> a relative server', () => {
    const doc = assembleDocument({ info: {}, item: [] }, [], { title: 'T', version: '9' });
    expect(doc.info).toEqual({ title: 'T', version: '9' });
    expect(doc.servers).toEqual([{ url: '/' }]);
    expect(doc.paths).toEqual({});
  });
});
