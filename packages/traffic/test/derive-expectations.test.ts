import { describe, expect, it } from 'vitest';
import { collectEvidence, deriveExpectations, fitExpectations } from '../src/index.js';
import { exchanges, fittedSpec, policy } from './policy-fixture.js';

const ev = collectEvidence(exchanges, fittedSpec);

describe('deriveExpectations (the evidence policy)', () => {
  const exp = deriveExpectations(ev, policy);
  const image = exp.get('Image')!;

  it('lets only identity fields that every recorded object carries be required', () => {
    expect(image.get('id')!.mayRequire).toBe(true);
    expect(image.get('link')!.mayRequire).toBe(true);
    expect(image.get('title')!.mayRequire).toBe(false);
    expect(image.get('title')!.because).toContain('not an identity field');
  });

  it('lets a union discriminator be required although a body lacked it', () => {
    const withDiscriminator = deriveExpectations(ev, { ...policy, discriminators: { Image: ['views'] } });
    expect(withDiscriminator.get('Image')!.get('views')).toMatchObject({ mayRequire: true });
    expect(withDiscriminator.get('Image')!.get('views')!.because).toContain('a union discriminator (bodies lacking it are allowlisted)');
  });

  it('shares evidence between siblings: a null in Image makes GalleryImage.title nullable', () => {
    expect(exp.get('GalleryImage')!.get('title')!.nullable).toBe(true);
  });

  it('makes a whole null class nullable from one member: ups null in GalleryImage makes Image.views nullable', () => {
    expect(image.get('views')).toMatchObject({ nullable: true, because: ['not an identity field', 'null class `counts`'] });
  });

  it('makes every id of a digit-string class accept strings from one recorded digit string', () => {
    expect(exp.get('CommentCreated')!.get('id')!.numericString).toBe(true);
    expect(image.get('id')!.numericString).toBe(true);
  });
});

describe('fitExpectations (per-body fitting, for comparison)', () => {
  const exp = fitExpectations(ev);

  it('requires whatever every recorded object of the model carried, and allows only the nulls it saw', () => {
    expect(exp.get('Image')!.get('title')).toMatchObject({ mayRequire: true, nullable: true });
    expect(exp.get('GalleryImage')!.get('title')).toMatchObject({ mayRequire: true, nullable: false });
    expect(exp.get('Image')!.get('views')).toMatchObject({ mayRequire: false, nullable: false });
  });
});
