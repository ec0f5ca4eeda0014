import { describe, expect, it } from 'vitest';
import { MODEL_COMPONENTS, parseModelLine } from '../../src/naming/response-model.js';

describe('MODEL_COMPONENTS', () => {
  it.each([
    ['image', 'Image'],
    ['gallery_image', 'GalleryImage'],
    ['gallery_album', 'GalleryAlbum'],
    ['account_settings', 'AccountSettings'],
    ['gallery_profile', 'GalleryProfile'],
    ['basic', 'Basic'],
  ])('maps the model page %s -> component %s', (page, component) => {
    expect(MODEL_COMPONENTS[page]).toBe(component);
  });
});

describe('parseModelLine', () => {
  it.each<[string, string, [string, string, boolean][]]>([
    ['one model', '[Image](https://api.imgur.com/models/image)', [['image', 'Image', true]]],
    [
      'two joined by OR',
      '[Gallery Image](https://api.imgur.com/models/gallery_image) OR [Gallery Album](https://api.imgur.com/models/gallery_album)',
      [
        ['gallery_image', 'GalleryImage', true],
        ['gallery_album', 'GalleryAlbum', true],
      ],
    ],
    ['unknown page -> PascalCase, not known', '[Thing](https://api.imgur.com/models/custom_thing)', [['custom_thing', 'CustomThing', false]]],
    ['a link that is not a model page', '[docs](https://example.com/docs)', []],
    ['the same model twice -> once', '[Basic](https://api.imgur.com/models/basic) or [Basic](https://api.imgur.com/models/basic)', [['basic', 'Basic', true]]],
  ])('given %s', (_name, line, want) => {
    expect(parseModelLine(line).map((m) => [m.page, m.component, m.known])).toEqual(want);
  });
});

describe('parseModelLine with page names of the object prototype', () => {
  it.each([
    ['__proto__', 'Proto'],
    ['constructor', 'Constructor'],
    ['toString', 'Tostring'],
    ['hasOwnProperty', 'Hasownproperty'],
  ])('reads models/%s as an unknown page, component %s', (page, component) => {
    const [model] = parseModelLine(`[X](https://api.imgur.com/models/${page})`);
    expect(model).toMatchObject({ page: page.toLowerCase(), component, known: false });
  });

  it('names a page of only "_" and "-" Model', () => {
    expect(parseModelLine('[X](https://api.imgur.com/models/_-_)').map((m) => [m.component, m.known])).toEqual([['Model', false]]);
  });
});

describe('parseModelLine reads links as the Markdown link pattern does', () => {
  it.each<[string, string, [string, string, string][]]>([
    ['a "[" inside the link text', '[a [b](https://x.io/models/image)', [['a [b', 'https://x.io/models/image', 'image']]],
    ['spaces inside the parentheses', '[A]( https://x.io/models/album  )', [['A', 'https://x.io/models/album', 'album']]],
    ['the last /models/ of the URL', '[A](https://x.io/models/a/models/tag?x=1)', [['A', 'https://x.io/models/a/models/tag?x=1', 'tag']]],
    ['a link inside an unclosed one', '[A](https://x.io/models/[B](https://x.io/models/vote)', [['A', 'https://x.io/models/[B](https://x.io/models/vote', 'vote']]],
    ['no ")" after the URL', '[A](https://x.io/models/image', []],
    ['no http(s) scheme', '[A](ftp://x.io/models/image)', []],
    ['/models/ in the host part only', '[A](https://models/image)', []],
    ['an empty link text', '[](https://x.io/models/image)', []],
    [
      'two links',
      '[A](https://x.io/models/image) [B](http://x.io/models/tag)',
      [
        ['A', 'https://x.io/models/image', 'image'],
        ['B', 'http://x.io/models/tag', 'tag'],
      ],
    ],
  ])('given %s', (_name, line, want) => {
    const pattern = /\[([^\]]+)\]\(\s*(https?:\/\/[^)\s]*\/models\/([A-Za-z0-9_-]+)[^)\s]*)\s*\)/g;
    const expected = [...line.matchAll(pattern)].map((m) => [m[1], m[2], m[3]]);
    expect(expected).toEqual(want);
    expect(parseModelLine(line).map((m) => [m.title, m.url, m.page])).toEqual(want);
  });
});
