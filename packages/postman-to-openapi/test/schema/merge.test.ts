import { describe, expect, it } from 'vitest';
import { mergeDrafts } from '../../src/schema/merge.js';
import { draft } from '../support/draft.js';

describe('mergeDrafts', () => {
  it('an Authed/Un-Authed pair differing only in the variable name -> one operation keeping both', () => {
    const un = draft('Image', 'Image Deletion (Un-Authed)', 'delete', '/3/image/{imageDeleteHash}', [{ ClientId: [] }]);
    const au = draft('Image', 'Image Deletion (Authed)', 'delete', '/3/image/{imageHash}', [{ OAuth2: [] }]);
    un.operation.summary = 'Deletes an anonymous image.';
    au.operation.summary = 'Deletes an owned image.';
    const { drafts, absorbed } = mergeDrafts([un, au]);
    expect(drafts).toHaveLength(1);
    expect(absorbed.map(({ draft: d, into, ownPath }) => [d.entry.name, into.entry.name, ownPath])).toEqual([
      ['Image Deletion (Authed)', 'Image Deletion (Un-Authed)', '/3/image/{imageHash}'],
    ]);
    const op = drafts[0]?.operation;
    expect(drafts[0]?.path).toBe('/3/image/{imageDeleteHash}');
    expect(op?.security).toEqual([{ ClientId: [] }, { OAuth2: [] }]);
    expect(op?.parameters).toEqual([
      {
        name: 'imageDeleteHash',
        in: 'path',
        required: true,
        schema: { type: 'string' },
        'x-aliases': ['imageHash'],
        description:
          'One value, named differently by the merged requests: `imageDeleteHash` with ClientId (Image / Image Deletion (Un-Authed)); `imageHash` with OAuth2 (Image / Image Deletion (Authed)).',
      },
    ]);
    expect(op?.['x-merged-from']).toEqual(['Image / Image Deletion (Un-Authed)', 'Image / Image Deletion (Authed)']);
    expect(op?.description).toBe('**Image / Image Deletion (Un-Authed)**: Deletes an anonymous image.\n\n**Image / Image Deletion (Authed)**: Deletes an owned image.');
  });

  it("the name the collection uses most wins; the kept draft's rename is returned", () => {
    const un = draft('Album', 'Add (Un-Authed)', 'post', '/album/{albumDeleteHash}/add', [{ ClientId: [] }]);
    const au = draft('Album', 'Add (Authed)', 'post', '/album/{albumHash}/add', [{ OAuth2: [] }]);
    const other = draft('Album', 'Album', 'get', '/album/{albumHash}');
    const { drafts, renamed } = mergeDrafts([un, au, other]);
    expect(drafts.map((d) => d.path)).toEqual(['/album/{albumHash}/add', '/album/{albumHash}']);
    expect(renamed.map(([d, from, to]) => [d.entry.name, from, to])).toEqual([['Add (Un-Authed)', 'albumDeleteHash', 'albumHash']]);
    expect(drafts[0]?.operation.parameters?.[0]).toMatchObject({ name: 'albumHash', 'x-aliases': ['albumDeleteHash'] });
  });

  it('many drafts on one template: aliases united and sorted, each other server once in order', () => {
    const list = ['z', 'b', 'y', 'b', 'c', 'y'].map((name, i) => {
      const d = draft('A', `R${i}`, 'get', `/a/{${name}}`);
      d.server = { url: `https://h${i % 4}.example.com` };
      return d;
    });
    const { drafts } = mergeDrafts(list);
    expect(drafts[0]?.operation.parameters?.[0]).toMatchObject({ name: 'b', 'x-aliases': ['c', 'y', 'z'] });
    expect(drafts[0]?.server).toEqual({ url: 'https://h0.example.com' });
    expect(drafts[0]?.otherServers).toEqual(['https://h1.example.com', 'https://h2.example.com', 'https://h3.example.com'].map((url) => ({ url })));
  });

  it('different methods on one path, or different literal segments -> not merged', () => {
    const list = [
      draft('A', 'Get', 'get', '/a/{x}'),
      draft('A', 'Del', 'delete', '/a/{y}'),
      draft('A', 'Me', 'get', '/a/me/settings'),
      draft('A', 'Var', 'get', '/a/{u}/settings'),
    ];
    const { drafts, absorbed } = mergeDrafts(list);
    expect(drafts).toHaveLength(4);
    expect(absorbed).toEqual([]);
  });

  it('unites form bodies and responses; a query parameter present in only one becomes optional', () => {
    const a = draft('Album', 'Set (Un-Authed)', 'post', '/album/{h}', [], [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }]);
    const b = draft('Album', 'Set (Authed)', 'post', '/album/{h}');
    a.operation.requestBody = {
      content: { 'multipart/form-data': { schema: { type: 'object', properties: { 'deletehashes[]': { type: 'array' } }, required: ['deletehashes[]'] } } },
    };
    b.operation.requestBody = { content: { 'multipart/form-data': { schema: { type: 'object', properties: { 'ids[]': { type: 'array' } } } } } };
    a.operation.responses = { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Basic' } } } } };
    const { drafts } = mergeDrafts([a, b]);
    const op = drafts[0]?.operation;
    expect(op?.requestBody?.content['multipart/form-data']?.schema).toEqual({
      type: 'object',
      properties: { 'deletehashes[]': { type: 'array' }, 'ids[]': { type: 'array' } },
    });
    expect(op?.parameters?.find((p) => p.name === 'q')?.required).toBe(false);
    expect(Object.keys(op?.responses ?? {})).toEqual(['200']);
  });

  it('a merged request on another server keeps that server', () => {
    const a = draft('S', 'A', 'get', '/x');
    const b = draft('S', 'B', 'get', '/x');
    b.server = { url: 'https://other.example.com' };
    const { drafts } = mergeDrafts([a, b, draft('S', 'C', 'get', '/x')]);
    expect(drafts[0]?.otherServers).toEqual([{ url: 'https://other.example.com' }]);
  });

  it('three requests on one template -> one operation, two absorbed', () => {
    const { drafts, absorbed } = mergeDrafts([draft('S', 'One', 'post', '/soap'), draft('S', 'Two', 'post', '/soap'), draft('S', 'Three', 'post', '/soap')]);
    expect(drafts).toHaveLength(1);
    expect(absorbed).toHaveLength(2);
    expect(drafts[0]?.operation['x-merged-from']).toEqual(['S / One', 'S / Two', 'S / Three']);
  });
});
