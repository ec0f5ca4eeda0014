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
