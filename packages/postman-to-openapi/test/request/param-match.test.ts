import { describe, expect, it } from 'vitest';
import { applyRowToParameter, applyRowToSchema, matchRows, type MatchTarget } from '../../src/request/param-match.js';
import { parseRow } from '../../src/request/param-table.js';

const row = (key: string, required = 'optional', description = '') => parseRow(key, required, description, 'Parameters');
const path = (name: string): MatchTarget => ({ kind: 'path', name });
const query = (name: string): MatchTarget => ({ kind: 'query', name });
const body = (name: string): MatchTarget => ({ kind: 'body', name });

describe('matchRows', () => {
  const cases: [string, string[], MatchTarget[], [string, string | null, string | null][]][] = [
    [
      'exact names',
      ['username', 'page'],
      [path('username'), path('page')],
      [
        ['username', 'username', 'exact'],
        ['page', 'page', 'exact'],
      ],
    ],
    ['favoriteSort vs favoritesSort', ['favoriteSort'], [path('username'), path('favoritesSort')], [['favoriteSort', 'favoritesSort', 'near']]],
    ['sort vs favoritesSort', ['sort'], [path('favoritesSort')], [['sort', 'favoritesSort', 'affix']]],
    [
      'commentSort vs sort',
      ['commentSort', 'page'],
      [path('sort'), path('page')],
      [
        ['commentSort', 'sort', 'affix'],
        ['page', 'page', 'exact'],
      ],
    ],
    [
      'image_id vs subredditImageId',
      ['subreddit', 'image_id'],
      [path('subreddit'), path('subredditImageId')],
      [
        ['subreddit', 'subreddit', 'exact'],
        ['image_id', 'subredditImageId', 'affix'],
      ],
    ],
    ['id vs galleryHash by elimination', ['id'], [path('galleryHash')], [['id', 'galleryHash', 'elimination']]],
    [
      'a weak match never steals an exact one',
      ['sort', 'commentSort'],
      [path('commentSort'), path('sort')],
      [
        ['sort', 'sort', 'exact'],
        ['commentSort', 'commentSort', 'exact'],
      ],
    ],
    ['no identifier-like elimination for other names', ['new'], [path('username')], [['new', null, null]]],
    [
      'documented but absent -> unmatched',
      ['account_id', 'username'],
      [path('username')],
      [
        ['account_id', null, null],
        ['username', 'username', 'exact'],
      ],
    ],
    ['ties prefer the path parameter', ['sort'], [query('sort2'), path('xsort')], [['sort', 'xsort', 'affix']]],
    ['an unbreakable tie leaves the row unmatched', ['sort'], [path('asort'), path('bsort')], [['sort', null, null]]],
    ['body fields match too', ['deletehashes[]'], [body('deletehashes')], [['deletehashes[]', 'deletehashes', 'normalized']]],
  ];
  it.each(cases)('given %s', (_name, keys, targets, want) => {
    const got = matchRows(
      keys.map((k) => row(k)),
      targets,
    ).map((r) => [r.row.key, r.target?.name ?? null, r.how ?? null]);
    expect(got).toEqual(want);
  });
});

describe('applying a row', () => {
  it('path parameter stays required, notes "optional", takes type, enum and default', () => {
    const got = applyRowToParameter(
      { name: 'favoritesSort', in: 'path', required: true, schema: { type: 'string' } },
      row('favoriteSort', 'optional', '`oldest` &#124; `newest`. Defaults to `newest`'),
    );
    expect(got).toEqual({
      name: 'favoritesSort',
      in: 'path',
      required: true,
      description: '`oldest` | `newest`. Defaults to `newest`. (Documented as optional.)',
      schema: { type: 'string', enum: ['oldest', 'newest'], default: 'newest' },
    });
  });

  it('query parameter takes required from the table and drops a string example once integer', () => {
    const got = applyRowToParameter({ name: 'page', in: 'query', required: false, example: 'x', schema: { type: 'string', example: 'x' } }, row('page', 'required', 'page'));
    expect(got).toEqual({ name: 'page', in: 'query', required: true, description: 'page', schema: { type: 'integer' } });
  });

  it('schema keeps its own type when the row says string', () => {
    expect(applyRowToSchema({ type: 'array', items: { type: 'string' } }, row('ids[]'))).toEqual({ type: 'array', items: { type: 'string' } });
  });
});
