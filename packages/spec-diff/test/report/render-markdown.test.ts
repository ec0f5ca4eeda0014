import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { renderJson } from '../../src/report/render-json.js';
import { change } from '../helpers.js';

const removed = change('operation.removed', 'both', ['album', 'client'], { scope: 'album', operationId: 'album.getAlbumImages' });
const added = change('parameter.added.optional', 'request', ['album', 'client'], { scope: 'album', operationId: 'album.getAlbum', location: 'query parameter fields' });
const docs = change('description.changed', 'both', ['models', 'album'], { scope: 'models', model: 'Album', location: 'Album.id' });

describe('renderMarkdown', () => {
  it('groups per package, breaking first, with each package bump', () => {
    expect(renderMarkdown([docs, added, removed])).toBe(
      [
        '# API changes',
        '',
        '3 changes: 1 breaking, 1 feature, 1 fix; highest bump **major**.',
        '',
        '## @imgur-ts/album: major',
        '',
        '- album: removed operation album.getAlbumImages (breaking)',
        '- album: added optional query parameter fields to album.getAlbum (feature)',
        '- models: updated the description of Album.id (fix)',
        '',
        '## @imgur-ts/client: major',
        '',
        '- album: removed operation album.getAlbumImages (breaking)',
        '- album: added optional query parameter fields to album.getAlbum (feature)',
        '',
        '## @imgur-ts/models: patch',
        '',
        '- models: updated the description of Album.id (fix)',
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing changed', () => {
    expect(renderMarkdown([])).toBe('# API changes\n\nNo API changes.\n');
  });

  it('escapes markup coming from the spec', () => {
    const hostile = change('enum.value-added', 'request', ['album'], {
      scope: 'album',
      operationId: 'album.x',
      location: 'enum of query parameter q',
      after: '"[x](javascript:alert(1)) <b>"',
    });
    expect(renderMarkdown([hostile])).toContain('- album: added value "\\[x\\](javascript:alert(1)) \\<b\\>" to enum');
  });
});

describe('renderJson', () => {
  it('is the report with stable key order', () => {
    const json = JSON.parse(renderJson([removed])) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['bump', 'packages', 'changes']);
    expect(json.changes).toEqual([
      {
        kind: 'operation.removed',
        severity: 'breaking',
        bump: 'major',
        direction: 'both',
        scope: 'album',
        packages: ['@imgur-ts/album', '@imgur-ts/client'],
        operationId: 'album.getAlbumImages',
        location: '',
        message: 'album: removed operation album.getAlbumImages (breaking)',
      },
    ]);
    expect(renderJson([])).toBe('{\n  "bump": "none",\n  "packages": [],\n  "changes": []\n}\n');
  });
});
