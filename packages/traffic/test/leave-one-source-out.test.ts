import { describe, expect, it } from 'vitest';
import { deriveExpectations, fitExpectations, leaveOneSourceOut, specVariant } from '../src/index.js';
import { exchanges, fittedSpec, policy } from './policy-fixture.js';

describe('leaveOneSourceOut', () => {
  it('counts, per source, the bodies that fail when the rule never saw that source', () => {
    const fitting = leaveOneSourceOut(exchanges, fittedSpec, fitExpectations);
    expect(fitting.sources.map((s) => [s.source, s.failed, s.failedIds])).toEqual([
      ['A', 2, ['a1', 'a2']],
      ['B', 2, ['b1', 'b2']],
      ['C', 0, []],
      ['D', 1, ['d1']],
    ]);
    expect([fitting.bodies, fitting.failed]).toEqual([7, 5]);
  });

  it('measures the evidence policy the same way: only what no other source foreshadows still fails', () => {
    const r = leaveOneSourceOut(exchanges, fittedSpec, (e) => deriveExpectations(e, policy, fittedSpec));
    // A's digit-string comment id is foreshadowed by C's tag id, and B's image without `views` by identity-only
    // `required`; A's null title and B's null `ups` have no precedent elsewhere. The DELETE answer's object is an
    // operation matter the model rules cannot fix: it fails under both rules until the spec types it.
    expect(r.sources.map((s) => [s.source, s.failedIds])).toEqual([
      ['A', ['a1']],
      ['B', ['b1']],
      ['C', []],
      ['D', ['d1']],
    ]);
  });

  it('leaves allowlisted bodies out of the count', () => {
    const r = leaveOneSourceOut(exchanges, fittedSpec, fitExpectations, { d1: 'known' });
    expect(r.sources.map((s) => s.source)).toEqual(['A', 'B', 'C']);
    expect(r.bodies).toBe(6);
  });
});

describe('specVariant', () => {
  it('rewrites required and nullability of the models the expectations cover, and nothing else', () => {
    const exp = fitExpectations(new Map([['Image', { objects: 1, sources: new Set(['A']), lastYear: 2015, sourceYears: new Map(), fields: new Map() }]]));
    const v = specVariant(fittedSpec, exp) as { components: { schemas: Record<string, { required?: string[] }> } };
    expect(v.components.schemas.Image!.required).toBeUndefined();
    expect(v.components.schemas.GalleryImage!.required).toEqual(['id', 'link', 'title', 'views', 'ups']);
    expect((fittedSpec.components as { schemas: Record<string, { required?: string[] }> }).schemas.Image!.required).toEqual(['id', 'link', 'title', 'views']);
  });
});
