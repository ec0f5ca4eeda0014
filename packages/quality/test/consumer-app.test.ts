import { describe, expect, it } from 'vitest';
import { consumerSource } from '../src/consumer-app.js';

const op = (meta: object) => Object.assign(() => undefined, { meta });
const mods = [
  {
    name: '@imgur-ts/image',
    exports: {
      getImage: op({ method: 'GET', path: '/3/image/{imageHash}', pathParams: ['imageHash'] }),
      uploadImage: op({ method: 'POST', path: '/3/upload' }),
      IMAGE_CONSTANT: 3,
    },
  },
];

describe('consumerSource', () => {
  it('imports each package under a name that cannot clash with a local variable', () => {
    expect(consumerSource(mods)).toContain("import * as imageOps from '@imgur-ts/image';");
  });

  it('names the result type of every operation and nothing else', () => {
    const src = consumerSource(mods);
    expect(src).toContain("'@imgur-ts/image#getImage': Awaited<ReturnType<typeof imageOps.getImage>>;");
    expect(src).toContain("'@imgur-ts/image#uploadImage': Awaited<ReturnType<typeof imageOps.uploadImage>>;");
    expect(src).not.toContain('IMAGE_CONSTANT');
  });

  it('calls GET /3/image/{id} with its path parameter and POST /3/upload with the file', () => {
    const src = consumerSource(mods);
    expect(src).toContain(`await imageOps.getImage(imgur, { "imageHash": 'abc123' });`);
    expect(src).toContain("await imageOps.uploadImage(imgur, { image: file, title: 'sample' });");
  });
});
