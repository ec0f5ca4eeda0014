import { describe, expect, it } from 'vitest';
import { planChangesets } from '../../src/changesets/plan-changesets.js';
import { change } from '../helpers.js';

const removed = change('operation.removed', 'both', ['album', 'client'], { scope: 'album', operationId: 'album.getAlbumImages' });
const paramAdded = change('parameter.added.optional', 'request', ['gallery', 'client'], {
  scope: 'gallery',
  operationId: 'gallery.getGallery',
  location: 'query parameter perPage',
});
const modelEnum = change('enum.value-added', 'response', ['models', 'album', 'image'], { scope: 'models', model: 'Image', location: 'enum of Image.type', after: '"video/mp4"' });
const docs = change('description.changed', 'both', ['image', 'client'], { scope: 'image', operationId: 'image.getImage' });

describe('planChangesets', () => {
  it.each([
    {
      name: 'one changeset per change, releasing only changed packages',
      changes: [removed, paramAdded],
      changed: ['@imgur-ts/album', '@imgur-ts/client', '@imgur-ts/gallery'],
      want: [
        {
          summary: 'album: removed operation album.getAlbumImages (breaking)',
          releases: [
            { name: '@imgur-ts/album', type: 'major' },
            { name: '@imgur-ts/client', type: 'major' },
          ],
        },
        {
          summary: 'gallery: added optional query parameter perPage to gallery.getGallery (feature)',
          releases: [
            { name: '@imgur-ts/client', type: 'minor' },
            { name: '@imgur-ts/gallery', type: 'minor' },
          ],
        },
      ],
    },
    {
      name: 'an operation change does not release a package whose generated output did not change',
      changes: [removed],
      changed: ['@imgur-ts/client'],
      want: [{ summary: 'album: removed operation album.getAlbumImages (breaking)', releases: [{ name: '@imgur-ts/client', type: 'major' }] }],
    },
    {
      name: 'a model change releases every package exposing the model once the models package changed',
      changes: [modelEnum],
      changed: ['@imgur-ts/models'],
      want: [
        {
          summary: 'models: added value "video/mp4" to enum of Image.type (breaking)',
          releases: [
            { name: '@imgur-ts/album', type: 'major' },
            { name: '@imgur-ts/image', type: 'major' },
            { name: '@imgur-ts/models', type: 'major' },
          ],
        },
      ],
    },
    {
      name: 'a model change whose models output did not change releases nothing',
      changes: [modelEnum],
      changed: ['@imgur-ts/image'],
      want: [{ summary: 'models: added value "video/mp4" to enum of Image.type (breaking)', releases: [{ name: '@imgur-ts/image', type: 'major' }] }],
    },
    {
      name: 'a change touching no changed package yields no changeset',
      changes: [docs],
      changed: [],
      want: [],
    },
    {
      name: 'a changed package with no change attributed gets a patch "regenerated" changeset',
      changes: [paramAdded],
      changed: ['@imgur-ts/gallery', '@imgur-ts/comment'],
      want: [
        { summary: 'gallery: added optional query parameter perPage to gallery.getGallery (feature)', releases: [{ name: '@imgur-ts/gallery', type: 'minor' }] },
        { summary: 'comment: regenerated from the updated API description, no API change detected (fix)', releases: [{ name: '@imgur-ts/comment', type: 'patch' }] },
      ],
    },
    {
      name: 'description-only change is a patch',
      changes: [docs],
      changed: ['@imgur-ts/image'],
      want: [{ summary: 'image: updated the description of image.getImage (fix)', releases: [{ name: '@imgur-ts/image', type: 'patch' }] }],
    },
  ])('$name', ({ changes, changed, want }) => {
    expect(planChangesets(changes, changed)).toEqual(want);
  });

  it('drops releases of packages outside the workspace', () => {
    const plans = planChangesets([modelEnum], ['@imgur-ts/models'], { workspace: ['@imgur-ts/models', '@imgur-ts/image'] });
    expect(plans.map((p) => p.releases.map((r) => r.name))).toEqual([['@imgur-ts/image', '@imgur-ts/models']]);
  });

  it('reads the models package name from the options', () => {
    const plans = planChangesets([modelEnum], ['@acme/types'], { modelsPackage: '@acme/types' });
    expect(plans.map((p) => p.releases.map((r) => r.name))).toEqual([['@imgur-ts/album', '@imgur-ts/image', '@imgur-ts/models'], ['@acme/types']]);
  });

  it('escapes markdown in summaries', () => {
    const hostile = change('enum.value-added', 'request', ['album'], { scope: 'album', operationId: 'album.x', location: 'enum of query parameter q', after: '"<img src=x>*_`"' });
    const [plan] = planChangesets([hostile], ['@imgur-ts/album']);
    expect(plan?.summary).toBe('album: added value "\\<img src=x\\>\\*\\_\\`" to enum of query parameter q of album.x (feature)');
  });
});
