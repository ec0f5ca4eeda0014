import { describe, expect, it } from 'vitest';
import { formatBytes, formatPublished } from '../src/format-report.js';

describe('formatPublished', () => {
  it('aligns name, version and size', () => {
    expect(
      formatPublished([
        { name: '@imgur-ts/album', version: '1.0.0', tarballBytes: 5219, dependencies: {} },
        { name: '@imgur-ts/mock', version: '0.1.1', tarballBytes: 169883, dependencies: {} },
      ]),
    ).toEqual(['  @imgur-ts/album  1.0.0  5,219 B (5.1 KiB)', '  @imgur-ts/mock   0.1.1  169,883 B (165.9 KiB)']);
    expect(formatBytes(0)).toBe('0 B (0.0 KiB)');
  });
});
