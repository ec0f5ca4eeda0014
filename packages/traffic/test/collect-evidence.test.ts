import { describe, expect, it } from 'vitest';
import { collectEvidence, mergeEvidence } from '../src/index.js';
import { exchanges, fittedSpec } from './policy-fixture.js';

describe('collectEvidence', () => {
  const ev = collectEvidence(exchanges, fittedSpec);

  it('counts, per model and field, presence, absence, nulls and digit strings, with sources and years', () => {
    const image = ev.get('Image')!;
    expect(image.objects).toBe(3);
    expect([...image.sources].sort()).toEqual(['A', 'B', 'C']);
    expect(image.lastYear).toBe(2021);
    const title = image.fields.get('title')!;
    expect([title.present, title.absent, title.nulls, [...title.nullSources]]).toEqual([3, 0, 1, ['A']]);
    const views = image.fields.get('views')!;
    expect([views.present, views.absent, [...views.absentSources]]).toEqual([2, 1, ['B']]);
    expect(image.fields.get('webm')).toMatchObject({ present: 1, lastYear: 2015 });
  });

  it('counts a digit string only where the field declares a number', () => {
    expect(ev.get('CommentCreated')!.fields.get('id')).toMatchObject({ numericStrings: 1 });
    expect(ev.get('Image')!.fields.get('id')).toMatchObject({ numericStrings: 0 });
  });

  it('follows array items into their model, and skips operations whose data is not a model', () => {
    expect(ev.get('Tag')!.fields.get('id')).toMatchObject({ present: 1, numericStrings: 1 });
    expect([...ev.keys()].sort()).toEqual(['CommentCreated', 'GalleryImage', 'Image', 'Tag']);
  });

  it('merges per-source evidence into the evidence of all of them', () => {
    const parts = ['A', 'B', 'C', 'D'].map((s) =>
      collectEvidence(
        exchanges.filter((x) => x.source === s),
        fittedSpec,
      ),
    );
    const merged = mergeEvidence(parts);
    expect(merged.get('Image')!.objects).toBe(3);
    expect(merged.get('Image')!.fields.get('views')).toMatchObject({ present: 2, absent: 1 });
    expect(parts[0]!.get('Image')!.objects).toBe(1);
  });
});
