import { describe, expect, it } from 'vitest';
import { describeSurface, readableKey } from '../../src/surface/describe-surface.js';

describe('describeSurface', () => {
  it('names keys as users read them, the package itself without its name', () => {
    expect(readableKey('@imgur-ts/client#paths["/3/a"]', '@imgur-ts/core')).toBe('paths["/3/a"] of @imgur-ts/client');
    expect(readableKey('@imgur-ts/core#ImgurClient.baseUrl', '@imgur-ts/core')).toBe('ImgurClient.baseUrl');
    expect(readableKey('export . rawClient', '@imgur-ts/core')).toBe('export rawClient');
    expect(readableKey('export ./node createImgurClient', '@imgur-ts/core')).toBe('export ./node: createImgurClient');
    expect(readableKey('route GET /3/a', '@imgur-ts/mock')).toBe('route GET /3/a');
  });

  it('lists removed, changed and added keys, at most four of each', () => {
    const keys = ['route GET /1', 'route GET /2', 'route GET /3', 'route GET /4', 'route GET /5', 'route GET /6'];
    expect(describeSurface({ name: '@imgur-ts/mock', bump: 'major', removed: keys, changed: [], added: ['route PUT /7'] })).toBe(
      'removed route GET /1, route GET /2, route GET /3, route GET /4 and 2 more; added route PUT /7',
    );
  });
});
