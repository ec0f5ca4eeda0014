import pm from 'postman-collection';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { collectionOf } from '../support/collection.js';

describe('a "/" inside a URL-object path segment', () => {
  it('is a segment boundary in the path the Postman library sends (Url.getPath), and the converter writes the path Postman sends', () => {
    const url = { protocol: 'https', host: ['a', 'io'], path: ['a/b', 'c'] };
    const sent = new pm.Url(url).getPath();
    expect(sent).toBe('/a/b/c');
    const { document } = convert(collectionOf([{ name: 'S', request: { method: 'GET', url } }]));
    expect(Object.keys(document.paths)).toEqual([sent]);
  });

  it('an encoded slash (%2F) stays one segment, as Postman sends it', () => {
    const url = { protocol: 'https', host: ['a', 'io'], path: ['a%2Fb', 'c'] };
    expect(new pm.Url(url).getPath()).toBe('/a%2Fb/c');
    const { document } = convert(collectionOf([{ name: 'S', request: { method: 'GET', url } }]));
    expect(Object.keys(document.paths)).toEqual(['/a%2Fb/c']);
  });
});
