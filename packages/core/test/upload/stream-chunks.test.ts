// Whether a streamed upload sends a Node Readable's own chunks or copies of them: read through its async
// iterator, an asynchronous source (as file streams are) hands over its own Buffers, none copied. (A
// Readable that pushes within its `read()` can have two chunks buffered when the upload waits for the
// socket, and its iterator then joins them into one new Buffer: more garbage, not more memory held; a
// 200 MB upload from such a source grew by about 40 MB, Node's own pipe of it by 37 MB. See BENCHMARKS.md.)
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/upload/read-source.js';
import { readStream } from '../../src/upload/read-stream.js';
import type { SourceStream } from '../../src/types/source-stream.js';

const MP4 = [0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d];
const CHUNK = 64 * 1024;

/** Eight 64 KB chunks of an MP4-headed video, each its own Buffer. */
const chunks = (): Buffer[] =>
  Array.from({ length: 8 }, (_, i) => {
    const b = Buffer.alloc(CHUNK, i + 1);
    if (i === 0) b.set(MP4);
    return b;
  });

/** A byte-mode Readable of `parts` that pushes each one a turn of the event loop after `read()`. */
function source(parts: Buffer[]): Readable {
  let i = 0;
  return new Readable({
    highWaterMark: CHUNK,
    read() {
      const next = i < parts.length ? parts[i++]! : null;
      setImmediate(() => this.push(next));
    },
  });
}

/** What an upload would send of `stream`: the chunks readSource yields, taken as a socket takes them (a turn of the event loop apart, so the source refills meanwhile). */
async function sent(stream: Readable): Promise<Uint8Array[]> {
  const { file } = await readSource(stream, 'test', readStream);
  const out: Uint8Array[] = [];
  for await (const c of (file as SourceStream).read(2 ** 30, 'the test limit')) {
    out.push(c);
    await new Promise((next) => setImmediate(next));
  }
  return out;
}

/** Whether every chunk is (a view of) one of the source's own Buffers, not a copy. */
const own = (got: Uint8Array[], parts: Buffer[]): boolean => got.every((c) => parts.some((p) => p.buffer === c.buffer));

describe('readSource sends a Node Readable chunk by chunk', () => {
  it('an asynchronous source: its own chunks, in order, none copied', async () => {
    const parts = chunks();
    const got = await sent(source(parts));
    expect(Buffer.concat(got).equals(Buffer.concat(parts))).toBe(true);
    expect(own(got, parts)).toBe(true);
  });
});
