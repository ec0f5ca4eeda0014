import { describe, expect, it } from 'vitest';
import { editDescription, removeRequest, type PostmanCollection } from '../src/collection-edits.js';

const collection = (): PostmanCollection => ({
  info: { name: 'x' },
  item: [
    {
      name: 'Album',
      item: [
        { name: 'Album', request: { method: 'GET', description: 'Fetches an album.' } },
        { name: 'Album Images', request: { method: 'GET', description: { content: 'Lists all images of an album.', type: 'text/markdown' } } },
      ],
    },
    { name: 'Image', item: [] },
  ],
});

describe('removeRequest', () => {
  it('returns a copy without the request and leaves the input alone', () => {
    const c = collection();
    const out = removeRequest(c, 'Album', 'Album');
    expect(out.item[0]?.item?.map((i) => i.name)).toEqual(['Album Images']);
    expect(c.item[0]?.item).toHaveLength(2);
  });

  it('names the missing folder or request', () => {
    expect(() => removeRequest(collection(), 'Nope', 'Album')).toThrow('the collection has no folder "Nope"');
    expect(() => removeRequest(collection(), 'Album', 'Nope')).toThrow('folder "Album" of the collection has no request "Nope"');
  });
});

describe('editDescription', () => {
  it('edits a string description and a { content } description', () => {
    const a = editDescription(collection(), 'Album', 'Album', 'Fetches', 'Reads');
    expect(a.item[0]?.item?.[0]?.request?.description).toBe('Reads an album.');
    const b = editDescription(collection(), 'Album', 'Album Images', 'all images', 'every image');
    expect(b.item[0]?.item?.[1]?.request?.description).toEqual({ content: 'Lists every image of an album.', type: 'text/markdown' });
  });

  it('refuses when the text is not in the description', () => {
    expect(() => editDescription(collection(), 'Album', 'Album', 'nothing like this', 'x')).toThrow('the description of "Album/Album" does not contain "nothing like this"');
  });
});
