import { describe, expect, it } from 'vitest';
import { walkBody } from '../src/index.js';
import { spec } from './fixture-spec.js';

const at = (p: string) => (spec.paths as Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: unknown }> }> }>>)[p]!;
const imageBody = at('/3/image/{imageHash}').get!.responses['200']!.content['application/json']!.schema;
const galleryBody = at('/3/gallery/{section}').get!.responses['200']!.content['application/json']!.schema;
const walk = (schema: unknown, body: unknown) =>
  walkBody(spec, schema, '#/x', body as never).map((f) => ({ kind: f.kind, instancePath: f.instancePath, schemaPath: f.schemaPath, field: f.field }));

describe('walkBody', () => {
  it('finds nothing in a body that matches', () => {
    expect(walk(imageBody, { data: { id: 'a', title: null, tags: [{ name: 'cats' }] }, success: true, status: 200 })).toEqual([]);
  });

  it('lists undeclared fields through $ref and inside arrays', () => {
    const body = {
      data: {
        id: 'a',
        title: 't',
        hls: 'x',
        tags: [
          { name: 'a', accent: 'f00' },
          { name: 'b', accent: '0f0' },
        ],
      },
      success: true,
      status: 200,
    };
    expect(walk(imageBody, body)).toEqual([
      { kind: 'undeclared', instancePath: '/data/hls', schemaPath: '#/components/schemas/Image', field: 'hls' },
      { kind: 'undeclared', instancePath: '/data/tags/0/accent', schemaPath: '#/components/schemas/Tag', field: 'accent' },
      { kind: 'undeclared', instancePath: '/data/tags/1/accent', schemaPath: '#/components/schemas/Tag', field: 'accent' },
    ]);
  });

  it('lists missing required fields and forbidden nulls, naming the property of the owning schema', () => {
    const body = { data: { title: 't', ad_type: null }, success: true, status: 200 };
    expect(walk(imageBody, body)).toEqual([
      { kind: 'missing-required', instancePath: '/data', schemaPath: '#/components/schemas/Image', field: 'id' },
      { kind: 'forbidden-null', instancePath: '/data/ad_type', schemaPath: '#/components/schemas/Image', field: 'ad_type' },
    ]);
  });

  it('walks allOf members as one object and picks the oneOf branch that fits best', () => {
    const body = {
      data: [
        { id: 'i', title: null, is_album: false, ups: 3, webm: 'w' },
        { id: 'a', is_album: true, images_count: 2, privacy: null, cover_edited: null },
      ],
      success: true,
      status: 200,
    };
    expect(walk(galleryBody, body)).toEqual([
      { kind: 'undeclared', instancePath: '/data/0/webm', schemaPath: '#/components/schemas/GalleryImage', field: 'webm' },
      { kind: 'forbidden-null', instancePath: '/data/1/privacy', schemaPath: '#/components/schemas/GalleryAlbum', field: 'privacy' },
      { kind: 'undeclared', instancePath: '/data/1/cover_edited', schemaPath: '#/components/schemas/GalleryAlbum', field: 'cover_edited' },
    ]);
  });

  it('never picks a oneOf branch whose constant (the discriminator) the object contradicts, however few findings it has', () => {
    // An album carrying its cover image's fields fits the image branch's declarations better, but says `is_album: true`.
    const body = { data: [{ id: 'a', is_album: true, images_count: 1, title: 't', ups: 1 }], success: true, status: 200 };
    expect(walk(galleryBody, body)).toEqual([
      { kind: 'undeclared', instancePath: '/data/0/title', schemaPath: '#/components/schemas/GalleryAlbum', field: 'title' },
      { kind: 'undeclared', instancePath: '/data/0/ups', schemaPath: '#/components/schemas/GalleryAlbum', field: 'ups' },
    ]);
  });

  it('does not report keys of free-form objects', () => {
    expect(walk({ type: 'object', additionalProperties: true }, { anything: 1 })).toEqual([]);
    expect(walk({ type: 'object', additionalProperties: { type: 'object', properties: { a: { type: 'integer' } } } }, { k: { a: 1, b: 2 } })).toEqual([
      { kind: 'undeclared', instancePath: '/k/b', schemaPath: '#/x/additionalProperties', field: 'b' },
    ]);
  });
});
