import { describe, expect, it } from 'vitest';
import { findUploadExport } from '../src/find-upload-export.js';

const op = (method: string, path: string) => Object.assign(() => undefined, { meta: { method, path } });

describe('findUploadExport', () => {
  it('picks the function whose meta is POST /3/upload', () => {
    const mod = { getImage: op('GET', '/3/image/{imageHash}'), IMAGE_META: { meta: { method: 'POST', path: '/3/upload' } }, uploadImage: op('POST', '/3/upload') };
    expect(findUploadExport(mod)).toBe('uploadImage');
  });

  it('throws naming the route when nothing uploads', () => {
    expect(() => findUploadExport({ getImage: op('GET', '/3/upload') })).toThrow('POST /3/upload');
  });
});
