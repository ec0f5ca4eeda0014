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
});
