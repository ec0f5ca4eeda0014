import { describe, expect, it } from 'vitest';
import { checkPolicy, collectEvidence, deriveExpectations, type OpenApiDocument } from '../src/index.js';
import { exchanges, fittedSpec, policy } from './policy-fixture.js';

const ev = collectEvidence(exchanges, fittedSpec);
const run = (spec: OpenApiDocument) => checkPolicy(spec, ev, deriveExpectations(ev, policy), policy);

describe('checkPolicy', () => {
  it('lists every way a fitted spec disagrees with the policy', () => {
    const got = run(fittedSpec).map((f) => `${f.kind} ${f.model}.${f.field}`);
    expect(got).toEqual([
      'required-without-evidence Image.title',
      'required-without-evidence Image.views',
      'null-not-allowed Image.title',
      'null-not-allowed Image.views',
      'required-without-evidence GalleryImage.title',
      'required-without-evidence GalleryImage.views',
      'required-without-evidence GalleryImage.ups',
      'null-not-allowed GalleryImage.title',
      'null-not-allowed GalleryImage.views',
      'null-not-allowed GalleryImage.ups',
      'numeric-string-not-allowed CommentCreated.id',
      'always-null Tag.comment_preview',
      'sibling-undeclared GalleryImage.webm',
      'action-answer DELETE /3/image/{imageHash}.data',
    ]);
  });

  it('finds nothing once the spec follows the policy', () => {
    const s = structuredClone(fittedSpec) as OpenApiDocument & {
      components: { schemas: Record<string, { required?: string[]; properties: Record<string, object> }> };
      paths: Record<string, never>;
    };
    const schemas = s.components.schemas;
    schemas.Image!.required = ['id', 'link'];
    schemas.Image!.properties.title = { type: ['string', 'null'] };
    schemas.Image!.properties.views = { type: ['integer', 'null'] };
    schemas.GalleryImage!.required = ['id', 'link'];
    for (const f of ['title', 'views', 'ups']) schemas.GalleryImage!.properties[f] = { type: [f === 'title' ? 'string' : 'integer', 'null'] };
    schemas.GalleryImage!.properties.webm = { type: 'string' };
    schemas.CommentCreated!.properties.id = { type: ['integer', 'string'], pattern: '^-?[0-9]+$' };
    schemas.Tag!.properties.comment_preview = { description: 'unknown when set' };
    (
      s.paths['/3/image/{imageHash}'] as unknown as { delete: { responses: { '200': { content: { 'application/json': { schema: { properties: { data: object } } } } } } } }
    ).delete.responses['200'].content['application/json'].schema.properties.data = {
      anyOf: [{ type: 'boolean' }, { type: 'object' }],
    };
    expect(run(s)).toEqual([]);
  });

  it('asks for `deprecated` on a field last recorded before 2018 once three later sources lack it', () => {
    const later = [2019, 2022, 2023].map((year, i) => ({
      id: `e${i}`,
      source: `E${i}`,
      year,
      method: 'GET',
      path: '/3/image/v',
      status: 200,
      body: { data: { id: 'v', link: 'l', title: 't', views: 1 }, success: true, status: 200 },
    }));
    const more = collectEvidence([...exchanges, ...later], fittedSpec);
    const found = checkPolicy(fittedSpec, more, deriveExpectations(more, policy), policy).filter((f) => f.kind === 'legacy-not-deprecated');
    expect(found.map((f) => f.message)).toEqual(['Image.webm was last recorded in 2015, and 5 sources since 2018 lack it: declare it `deprecated: true`']);
    expect(
      checkPolicy(fittedSpec, more, deriveExpectations(more, { ...policy, conditional: ['webm'] }), { ...policy, conditional: ['webm'] }).some(
        (f) => f.kind === 'legacy-not-deprecated',
      ),
    ).toBe(false);
  });

  it('reports a deprecated field that recent bodies still carry', () => {
    const s = structuredClone(fittedSpec) as OpenApiDocument & { components: { schemas: Record<string, { properties: Record<string, object> }> } };
    s.components.schemas.Image!.properties.link = { type: 'string', deprecated: true };
    expect(
      run(s)
        .filter((f) => f.kind === 'deprecated-but-current')
        .map((f) => f.message),
    ).toEqual(['Image.link is deprecated but was recorded in 2021']);
  });

  it('asks every sibling to declare the fields of the object it is a view of, and a field it was seen to carry', () => {
    const s = structuredClone(fittedSpec) as OpenApiDocument & { components: { schemas: Record<string, { properties: Record<string, object> }> } };
    s.components.schemas.GalleryImage!.properties.webm = { type: 'string' };
    s.components.schemas.GalleryImage!.properties.mp4 = { type: 'string' };
    // A gallery-only field an image answer was seen to carry must be declared in Image too; one never seen there need not.
    s.components.schemas.GalleryImage!.properties.topic = { type: 'string' };
    const seen = [
      ...exchanges,
      { id: 'e', source: 'E', year: 2024, method: 'GET', path: '/3/image/m', status: 200, body: { data: { id: 'm', link: 'l', mp4: 'x' }, success: true, status: 200 } },
    ];
    const more = collectEvidence(seen, s);
    const found = checkPolicy(s, more, deriveExpectations(more, policy), policy).filter((f) => f.kind === 'sibling-undeclared');
    expect(found.map((f) => `${f.model}.${f.field}`)).toEqual(['Image.mp4']);
    expect(found[0]!.message).toBe('Image.mp4 was recorded and its sibling GalleryImage declares it: declare it in Image too');
  });

  it('asks an action answer that is a boolean flag (POST, PUT, PATCH, DELETE) to allow an object too, not one typed otherwise', () => {
    const s = structuredClone(fittedSpec) as OpenApiDocument & { paths: Record<string, object> };
    const answer = (data: object) => ({
      responses: { '200': { content: { 'application/json': { schema: { type: 'object', properties: { data, success: { type: 'boolean' } } } } } } },
    });
    s.paths['/3/album/{albumHash}'] = { put: answer({ type: 'boolean' }), post: answer({ anyOf: [{ type: 'boolean' }, { type: 'object' }] }) };
    s.paths['/3/comment/{commentId}/report'] = { post: answer({ type: ['boolean', 'null'] }) };
    s.paths['/3/image/{imageHash}/favorite'] = { post: answer({ type: 'string', enum: ['favorited', 'unfavorited'] }) };
    s.paths['/3/credits'] = { get: answer({ type: 'boolean' }) };
    const found = run(s).filter((f) => f.kind === 'action-answer');
    expect(found.map((f) => f.model)).toEqual(['DELETE /3/image/{imageHash}', 'PUT /3/album/{albumHash}', 'POST /3/comment/{commentId}/report']);
    expect(found[1]!.message).toBe("PUT /3/album/{albumHash}: a 200 answer's `data` must allow an object as well as a boolean");
  });

  it('asks a reference its class lets be unset to accept the empty string, and only a reference', () => {
    const refPolicy = { ...policy, numericStringClasses: [{ name: 'ids', fields: ['id'], pattern: '^(id|.+_id)$', emptyPattern: '^.+_id$', reason: 'ids' }] };
    const s = structuredClone(fittedSpec) as OpenApiDocument & { components: { schemas: Record<string, { properties: Record<string, object> }> } };
    s.components.schemas.CommentCreated!.properties.id = { type: ['integer', 'string'], pattern: '^-?[0-9]+$' };
    s.components.schemas.CommentCreated!.properties.parent_id = { type: ['integer', 'string'], pattern: '^-?[0-9]+$' };
    const found = () =>
      checkPolicy(s, ev, deriveExpectations(ev, refPolicy, s), refPolicy)
        .filter((f) => f.kind === 'numeric-string-not-allowed')
        .map((f) => f.message);
    expect(found()).toEqual([
      'CommentCreated.parent_id must accept the empty string as well as a decimal string (not an identity field; numeric-string class `ids`; an unset reference of class `ids` may be the empty string)',
    ]);
    s.components.schemas.CommentCreated!.properties.parent_id = { type: ['integer', 'string'], pattern: '^(-?[0-9]+)?$' };
    expect(found()).toEqual([]);
  });
});
