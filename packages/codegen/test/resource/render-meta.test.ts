import { describe, expect, it } from 'vitest';
import type { MetaSpec } from '../../src/resource/meta-types.js';
import { renderMeta } from '../../src/resource/render-meta.js';

const base: MetaSpec = {
  id: 'album.getAlbum',
  method: 'GET',
  path: '/3/album/{albumHash}',
  security: ['clientId'],
  pathParams: [{ key: 'albumHash', wire: 'albumHash' }],
  queryParams: [],
  headerParams: [],
  defaults: new Map(),
  envelope: true,
  empty: [],
  deprecated: false,
};

describe('renderMeta', () => {
  it.each<[Partial<MetaSpec>, string[]]>([
    [{}, ['id: "album.getAlbum",', 'method: "GET",', 'path: "/3/album/{albumHash}",', 'security: ["clientId"],', 'pathParams: ["albumHash"],', 'envelope: true,']],
    [{ queryParams: [{ key: 'ids', wire: 'ids[]' }] }, ['queryParams: [["ids", "ids[]"]],']],
    [
      {
        defaults: new Map<string, string | number>([
          ['sort', 'new'],
          ['page', 0],
        ]),
      },
      ['defaults: { sort: "new", page: 0 },'],
    ],
    [{ body: { encoding: 'multipart', fields: [{ key: 'image', wire: 'image' }], binary: ['image'] } }, ['body: { encoding: "multipart", fields: ["image"], binary: ["image"] },']],
    [{ paging: { style: 'query', param: 'page', perPage: 'perPage', maxPerPage: 100 } }, ['paging: { style: "query", param: "page", perPage: "perPage", maxPerPage: 100 },']],
    [{ paging: { style: 'cursor', param: 'next', next: 'next', items: 'items' } }, ['paging: { style: "cursor", param: "next", next: "next", items: "items" },']],
    [{ deprecated: true, credits: 10, accept: 'application/vnd.api+json' }, ['deprecated: true,', 'credits: 10,', 'accept: "application/vnd.api+json",']],
    [{ empty: [201, 204] }, ['envelope: true,', 'empty: [201, 204],']],
    [{ security: [], id: 'x.</script>"' }, ['id: "x.\\u003c/script>\\"",', 'security: [],']],
  ])('with %j prints %j', (change, want) => {
    const lines = renderMeta({ ...base, ...change })
      .split('\n')
      .map((l) => l.trim());
    for (const w of want) expect(lines).toContain(w);
    expect(lines[0]).toBe('{');
    expect(lines.at(-1)).toBe('}');
  });

  it('leaves `empty` out when every 2xx answer has a body', () => {
    expect(renderMeta(base)).not.toContain('empty');
  });
});
