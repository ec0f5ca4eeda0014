import { describe, expect, it } from 'vitest';
import { exampleSource, PNG_1X1_BASE64 } from '../src/example-app.js';

describe('exampleSource', () => {
  it('imports and calls the given upload operation with real PNG bytes', () => {
    const src = exampleSource('uploadImage');
    expect(src).toContain("import { uploadImage, getImage } from '@imgur-ts/image';");
    expect(src).toContain('await uploadImage(imgur, {');
    expect(Buffer.from(PNG_1X1_BASE64, 'base64').subarray(1, 4).toString()).toBe('PNG');
  });

  it('starts the mock from the installed @imgur-ts/mock and always closes it', () => {
    const src = exampleSource('up');
    expect(src).toContain('import { startMockServer } from "@imgur-ts/mock";');
    expect(src.indexOf('finally {')).toBeLessThan(src.indexOf('await mock.close()'));
  });

  it('can take the mock from elsewhere (the workspace build when the mock is not published)', () => {
    expect(exampleSource('up', 'file:///repo/packages/mock/dist/index.js')).toContain('import { startMockServer } from "file:///repo/packages/mock/dist/index.js";');
  });
});
