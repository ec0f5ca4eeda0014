import { describe, expect, it } from 'vitest';
import { classify, maxBump } from '../../src/classify/classify.js';
import type { ChangeKind, Direction, RawChange } from '../../src/types.js';

function raw(kind: ChangeKind, direction: Direction, extra: Partial<RawChange> = {}): RawChange {
  return { kind, direction, scope: 'album', packages: ['@imgur-ts/album'], operationId: 'album.getAlbum', location: 'query parameter page', ...extra };
}

describe('classify', () => {
  const cases: [ChangeKind, Direction, string, string][] = [
    ['operation.removed', 'both', 'breaking', 'major'],
    ['operation.added', 'both', 'feature', 'minor'],
    ['enum.value-added', 'request', 'feature', 'minor'],
    ['enum.value-added', 'response', 'breaking', 'major'],
    ['enum.value-added', 'both', 'breaking', 'major'],
    ['enum.value-removed', 'request', 'breaking', 'major'],
    ['enum.value-removed', 'response', 'breaking', 'major'],
    ['field.added.required', 'request', 'breaking', 'major'],
    ['field.added.required', 'response', 'feature', 'minor'],
    ['field.made-optional', 'request', 'feature', 'minor'],
    ['field.made-optional', 'response', 'breaking', 'major'],
    ['field.made-required', 'response', 'feature', 'minor'],
    ['description.changed', 'both', 'fix', 'patch'],
  ];
  it.each(cases)('%s on the %s side is %s (%s)', (kind, direction, severity, bump) => {
    expect(classify(raw(kind, direction))).toMatchObject({ severity, bump });
  });

  it.each([
    [raw('operation.removed', 'both', { location: '' }), 'album: removed operation album.getAlbum (breaking)'],
    [raw('parameter.added.optional', 'request'), 'album: added optional query parameter page to album.getAlbum (feature)'],
    [raw('parameter.made-required', 'request'), 'album: made query parameter page of album.getAlbum required (breaking)'],
    [
      raw('enum.value-removed', 'request', { location: 'enum of query parameter sort', before: '"top"' }),
      'album: removed value "top" from enum of query parameter sort of album.getAlbum (breaking)',
    ],
    [
      raw('field.type-changed', 'response', { location: 'data.id in response 200', before: 'string', after: 'integer' }),
      'album: changed type of field data.id in response 200 of album.getAlbum from string to integer (breaking)',
    ],
    [raw('field.removed', 'response', { scope: 'models', operationId: undefined, model: 'Album', location: 'Album.cover' }), 'models: removed field Album.cover (breaking)'],
    [raw('security.alternative-removed', 'request', { location: '', before: 'clientId' }), 'album: album.getAlbum no longer accepts authentication clientId (breaking)'],
    [raw('description.changed', 'both', { location: '' }), 'album: updated the description of album.getAlbum (fix)'],
  ])('writes one sentence: %#', (change, message) => {
    expect(classify(change).message).toBe(message);
  });

  it('rejects a kind without a rule', () => {
    expect(() => classify(raw('nope' as ChangeKind, 'both'))).toThrow(/no classification rule for change kind "nope"/);
  });
});

describe('maxBump', () => {
  it.each([
    ['patch', 'minor', 'minor'],
    ['major', 'minor', 'major'],
    ['patch', 'patch', 'patch'],
  ] as const)('max(%s, %s) = %s', (a, b, want) => {
    expect(maxBump(a, b)).toBe(want);
    expect(maxBump(b, a)).toBe(want);
  });
});
