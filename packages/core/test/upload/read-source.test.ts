import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { readSource } from '../../src/upload/read-source.js';
import type { SourceStream } from '../../src/types/source-stream.js';
import { readStream } from '../../src/upload/read-stream.js';
import { collectStream } from '../../src/upload/collect-stream.js';
import { ImgurUploadError } from '../../src/errors/usage-errors.js';

const bytes = new Uint8Array([1, 2, 3, 4, 5]);
const text = async (b: Blob) => Array.from(new Uint8Array(await b.arrayBuffer()));
const all = async (it: AsyncIterable<Uint8Array>): Promise<number[]> => {
  const out: number[] = [];
  for await (const chunk of it) out.push(...chunk);
  return out;
};
const dir = mkdtempSync(join(tmpdir(), 'imgur-read-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readSource', () => {
  const sources: { name: string; make: () => unknown; name2?: string }[] = [
    { name: 'Blob', make: () => new Blob([bytes]) },
    { name: 'File', make: () => new File([bytes], 'cat.bin'), name2: 'cat.bin' },
    { name: 'Uint8Array', make: () => bytes },
    { name: 'Buffer', make: () => Buffer.from(bytes) },
    { name: 'sub-view', make: () => new Uint8Array([9, 1, 2, 3, 4, 5, 9]).subarray(1, 6) },
    { name: 'DataView', make: () => new DataView(bytes.buffer) },
    { name: 'ArrayBuffer', make: () => bytes.slice().buffer },
  ];
  for (const { name, make, name2 } of sources) {
    it(`reads a ${name} as itself (bytes as a view of their own memory)`, async () => {
      const source = make();
      const got = await readSource(source, 'test');
      expect(await text(got.file instanceof Blob ? got.file : new Blob([got.file as Uint8Array<ArrayBuffer>]))).toEqual([1, 2, 3, 4, 5]);
      expect(got.name).toBe(name2);
      const own = /Array|Buffer|view|DataView/.test(name);
      expect(got.file instanceof Uint8Array).toBe(own);
      if (own) expect((got.file as Uint8Array).buffer).toBe(source instanceof ArrayBuffer ? source : (source as ArrayBufferView).buffer);
    });
  }

  const streams: { name: string; make: () => unknown }[] = [
    { name: 'web ReadableStream', make: () => new Blob([bytes]).stream() },
    { name: 'Node Readable', make: () => Readable.from([Buffer.from([1, 2]), Buffer.from([3, 4, 5])]) },
    {
      name: 'async iterable of strings and bytes',
      make: () =>
        (async function* () {
          yield '\u0001\u0002';
          yield new Uint8Array([3, 4, 5]);
        })(),
    },
  ];
  for (const { name, make } of streams) {
    it(`reads a ${name} as a stream: the head read ahead, the rest as it is sent, once`, async () => {
      const got = (await readSource(make(), 'test', readStream)).file as SourceStream;
      expect(Array.from(got.head)).toEqual([1, 2, 3, 4, 5]);
      expect(got.size).toBeUndefined();
      expect(await all(got.read(100, 'the limit'))).toEqual([1, 2, 3, 4, 5]);
      await expect(all(got.read(100, 'the limit'))).rejects.toThrow(/test: a stream can be sent only once/);
    });
  }

  it('reads no further than the head until the body is sent, and no more than asked', async () => {
    let pulled = 0;
    const source = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled++;
          controller.enqueue(new Uint8Array(40).fill(pulled));
          if (pulled === 10) controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    const got = (await readSource(source, 'test', readStream)).file as SourceStream;
    expect(got.head.length).toBe(80); // two chunks of 40 to reach the 64 bytes sniffed
    expect(pulled).toBe(2);
    const it = got.read(1000, 'the limit')[Symbol.asyncIterator]();
    await it.next();
    await it.next();
    expect(pulled).toBe(2);
    await it.next();
    expect(pulled).toBe(3);
    await it.return?.();
  });

  it('stops a stream beyond the limit with ImgurUploadError and closes it', async () => {
    const source = Readable.from(
      (function* () {
        for (let i = 0; i < 1000; i++) yield Buffer.alloc(60);
      })(),
    );
    const got = (await readSource(source, 'op: field "image"', readStream)).file as SourceStream;
    await expect(all(got.read(100, "Imgur's image limit"))).rejects.toThrow(`op: field "image": stream is larger than 100 bytes, Imgur's image limit; the upload was stopped`);
    expect(source.destroyed).toBe(true);
  });

  it('closes the source when the reader stops early', async () => {
    const source = Readable.from([Buffer.alloc(70), Buffer.alloc(70), Buffer.alloc(70)]);
    const got = (await readSource(source, 'w', readStream)).file as SourceStream;
    for await (const _ of got.read(1000, 'x')) break;
    expect(source.destroyed).toBe(true);
  });

  it('by default (the browser build) reads a stream whole into a Blob, up to the largest upload, naming a failing source', async () => {
    for (const { make } of streams) {
      const got = await readSource(make(), 'test');
      expect(got.file).toBeInstanceOf(Blob);
      expect(await text(got.file as Blob)).toEqual([1, 2, 3, 4, 5]);
    }
    const big = (async function* () {
      for (;;) yield new Uint8Array(16 * 1024 * 1024);
    })();
    await expect(readSource(big, 'op: field "image"')).rejects.toThrow('op: field "image": stream is larger than 209715200 bytes, the upload limit.');
    const error = await readSource(createReadStream(join(dir, 'missing.bin')), 'w').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImgurUploadError);
    expect((error as Error).message).toMatch(/^w: reading the stream failed: ENOENT/);
  });

  it('knows the size of a file stream not yet read (its range included), and notices a file that changes while it is sent', async () => {
    const path = join(dir, 'clip.bin');
    writeFileSync(path, new Uint8Array(1000).fill(7));
    expect(((await readSource(createReadStream(path), 'w', readStream)).file as SourceStream).size).toBe(1000);
    expect(((await readSource(createReadStream(path, { start: 100, end: 199 }), 'w', readStream)).file as SourceStream).size).toBe(100);
    // Files larger than one read (64 KB): only the first chunk is read ahead before the file changes.
    writeFileSync(path, new Uint8Array(200_000).fill(7));
    const growing = (await readSource(createReadStream(path), 'w', readStream)).file as SourceStream;
    writeFileSync(path, new Uint8Array(400_000).fill(7));
    await expect(all(growing.read(1e7, 'x'))).rejects.toThrow(/w: stream gave \d+ bytes where its file has 200000 \(it changed while it was sent\)/);
    const shrinking = (await readSource(createReadStream(path), 'w', readStream)).file as SourceStream;
    writeFileSync(path, new Uint8Array(100_000).fill(7));
    await expect(all(shrinking.read(1e7, 'x'))).rejects.toThrow(/^w: stream gave \d+ bytes where its file has 400000 \(it changed while it was sent\)$/);
  });

  it("listens for a file stream's errors from the start: one that fails while its size is looked up is an ImgurUploadError, not an uncaught error", async () => {
    const path = join(dir, 'present.bin');
    writeFileSync(path, new Uint8Array(100));
    // Looks like a file stream not yet read (its size is looked up with a stat), and fails before that stat returns.
    const stream = Object.assign(new Readable({ read() {} }), { path, bytesRead: 0 });
    setImmediate(() => stream.destroy(new Error('disk gone')));
    await expect(readSource(stream, 'w', readStream)).rejects.toThrow('w: reading the stream failed: disk gone');
  });

  it('turns a failing source into ImgurUploadError with the cause', async () => {
    const missing = createReadStream(join(dir, 'missing.bin'));
    const error = await readSource(missing, 'op: field "image"', readStream).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImgurUploadError);
    expect((error as Error).message).toMatch(/^op: field "image": reading the stream failed: ENOENT/);
    expect(((error as Error).cause as NodeJS.ErrnoException).code).toBe('ENOENT');
  });

  it('rejects non-byte chunks and unsupported sources', async () => {
    for (const reader of [readStream, collectStream]) {
      await expect(
        readSource(
          (async function* () {
            yield 5;
          })(),
          'w',
          reader,
        ),
      ).rejects.toThrow(/number chunk/);
    }
    for (const bad of [42, null, {}, undefined]) await expect(readSource(bad, 'w')).rejects.toBeInstanceOf(ImgurUploadError);
  });
});
