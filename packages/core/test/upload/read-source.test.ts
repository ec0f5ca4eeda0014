import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/upload/read-source.js';
import { ImgurUploadError } from '../../src/errors/usage-errors.js';

const bytes = new Uint8Array([1, 2, 3, 4, 5]);
const text = async (b: Blob) => Array.from(new Uint8Array(await b.arrayBuffer()));

describe('readSource', () => {
  const sources: { name: string; make: () => unknown; name2?: string }[] = [
    { name: 'Blob', make: () => new Blob([bytes]) },
    { name: 'File', make: () => new File([bytes], 'cat.bin'), name2: 'cat.bin' },
    { name: 'Uint8Array', make: () => bytes },
    { name: 'Buffer', make: () => Buffer.from(bytes) },
    { name: 'sub-view', make: () => new Uint8Array([9, 1, 2, 3, 4, 5, 9]).subarray(1, 6) },
    { name: 'DataView', make: () => new DataView(bytes.buffer) },
    { name: 'ArrayBuffer', make: () => bytes.slice().buffer },
    { name: 'web ReadableStream', make: () => new Blob([bytes]).stream() },
    { name: 'Node Readable', make: () => Readable.from([Buffer.from([1, 2]), Buffer.from([3, 4, 5])]) },
    {
      name: 'async iterable of strings',
      make: () =>
        (async function* () {
          yield '\u0001\u0002';
          yield new Uint8Array([3, 4, 5]);
        })(),
    },
  ];
  for (const { name, make, name2 } of sources) {
    it(`reads a ${name}`, async () => {
      const source = make();
      const got = await readSource(source, 100, 'test');
      expect(await text(got.file instanceof Blob ? got.file : new Blob([got.file]))).toEqual([1, 2, 3, 4, 5]);
      expect(got.name).toBe(name2);
      // Byte sources come back as a view of their own memory (not a copy); streams as a Blob.
      const own = /Array|Buffer|view|DataView/.test(name);
      expect(got.file instanceof Uint8Array).toBe(own);
      if (own) expect((got.file as Uint8Array).buffer).toBe(source instanceof ArrayBuffer ? source : (source as ArrayBufferView).buffer);
    });
  }

  it('stops reading a stream beyond maxBytes', async () => {
    await expect(readSource(Readable.from([Buffer.alloc(60), Buffer.alloc(60)]), 100, 'op: field "image"')).rejects.toThrow(/op: field "image": stream is larger than 100 bytes/);
  });

  it('rejects non-byte chunks and unsupported sources', async () => {
    await expect(
      readSource(
        (async function* () {
          yield 5;
        })(),
        100,
        'w',
      ),
    ).rejects.toThrow(/number chunk/);
    for (const bad of [42, null, {}, undefined]) await expect(readSource(bad, 100, 'w')).rejects.toBeInstanceOf(ImgurUploadError);
  });
});
