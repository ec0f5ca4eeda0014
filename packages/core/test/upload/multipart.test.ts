import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeMultipart, MULTIPART_BUFFER_BYTES, type MultipartPart } from '../../src/upload/multipart.js';
import { isPartsBody } from '../../src/transport/is-parts-body.js';
import type { PartsBody } from '../../src/types/parts-body.js';
import type { StreamedBody } from '../../src/types/streamed-body.js';

const bytesOf = async (body: Uint8Array | Blob): Promise<Uint8Array> => (body instanceof Blob ? new Uint8Array(await body.arrayBuffer()) : body);

/** The same fields serialised by the runtime's own FormData, with its boundary swapped for ours. */
async function viaFormData(parts: readonly MultipartPart[], boundary: string): Promise<string> {
  const form = new FormData();
  for (const [name, value, filename, type] of parts) {
    if (typeof value === 'string') form.append(name, value);
    else form.append(name, new Blob([value as Uint8Array<ArrayBuffer> | Blob], { type }), filename);
  }
  const request = new Request('http://127.0.0.1/', { method: 'POST', body: form });
  const theirs = /boundary=(.*)$/.exec(request.headers.get('content-type') ?? '')![1]!;
  return (await request.text()).split(theirs).join(boundary);
}

/** A streamed file of `bytes` in chunks of `step`, its size known or not. */
const streamed = (bytes: Uint8Array, step: number, known: boolean): StreamedBody => ({
  size: known ? bytes.length : undefined,
  async *chunks() {
    for (let at = 0; at < bytes.length; at += step) yield bytes.subarray(at, at + step);
  },
});

async function streamBytes(body: StreamedBody): Promise<Uint8Array> {
  const out: Uint8Array<ArrayBuffer>[] = [];
  for await (const chunk of body.chunks()) out.push(chunk as Uint8Array<ArrayBuffer>);
  return new Uint8Array(await new Blob(out).arrayBuffer());
}

describe('encodeMultipart', () => {
  it("with a streamed file, gives a streamed body: the same bytes as FormData, its size known when the file's is", async () => {
    const file = Uint8Array.from({ length: 200_000 }, (_, i) => i % 251);
    for (const known of [true, false]) {
      const parts: MultipartPart[] = [
        ['title', 'a "b"\n'],
        ['video', streamed(file, 7_000, known), 'clip.mp4', 'video/mp4'],
        ['type', 'file'],
      ];
      const { body, contentType } = await encodeMultipart(parts);
      const boundary = contentType.replace('multipart/form-data; boundary=', '');
      const s = body as StreamedBody;
      expect(typeof s.chunks).toBe('function');
      const got = await streamBytes(s);
      expect(s.size).toBe(known ? got.length : undefined);
      // FormData's bytes (read as Latin-1, which keeps every byte) with its boundary swapped for ours.
      const form = new FormData();
      form.append('title', 'a "b"\n');
      form.append('video', new Blob([file], { type: 'video/mp4' }), 'clip.mp4');
      form.append('type', 'file');
      const request = new Request('http://127.0.0.1/', { method: 'POST', body: form });
      const theirs = /boundary=(.*)$/.exec(request.headers.get('content-type') ?? '')![1]!;
      const expected = Buffer.from(await request.arrayBuffer())
        .toString('latin1')
        .split(theirs)
        .join(boundary);
      expect(Buffer.from(got).toString('latin1')).toBe(expected);
    }
  });

  it('writes fields and files byte for byte as FormData does, for any names, values and file names', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => s.replace(/\u0000/g, ''));
    const tricky = fc.constantFrom('a"b', 'line\nbreak', 'cr\rlf\r\n', 'ünï', '%22', ' ');
    const field = fc.oneof(text, tricky);
    const part = fc.oneof(
      fc.tuple(field, field).map(([n, v]): MultipartPart => [n, v]),
      fc
        .tuple(
          field,
          fc.uint8Array({ maxLength: 40 }),
          fc.boolean(),
          field.filter((f) => f !== ''),
          fc.constantFrom('image/png', 'video/mp4'),
        )
        .map(([n, b, asBlob, f, t]): MultipartPart => [n, asBlob ? new Blob([b as Uint8Array<ArrayBuffer>]) : b, f, t]),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(part, { maxLength: 4 }), async (parts) => {
        const { body, contentType } = await encodeMultipart(parts);
        const boundary = contentType.replace('multipart/form-data; boundary=', '');
        expect(new TextDecoder().decode(await bytesOf(body as Blob | Uint8Array))).toBe(await viaFormData(parts, boundary));
      }),
      { numRuns: 150 },
    );
  });

  it('parses back into the same entries', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const { body, contentType } = await encodeMultipart([
      ['title', 'Holiday "2026"'],
      ['image', new Blob([png]), 'cat.png', 'image/png'],
      ['album', 'x'],
    ]);
    const form = await new Request('http://127.0.0.1/', { method: 'POST', body: body as Blob, headers: { 'content-type': contentType } }).formData();
    expect(form.get('title')).toBe('Holiday "2026"');
    expect(form.get('album')).toBe('x');
    const file = form.get('image') as File;
    expect([file.name, file.type, [...new Uint8Array(await file.arrayBuffer())]]).toEqual(['cat.png', 'image/png', [...png]]);
  });

  it('a different boundary per body, with a random part', async () => {
    const a = await encodeMultipart([['a', '1']]);
    const b = await encodeMultipart([['a', '1']]);
    expect(a.contentType).toMatch(/^multipart\/form-data; boundary=----imgur-ts-[0-9a-f]{24}[0-9a-z]+$/);
    expect(a.contentType).not.toBe(b.contentType);
  });

  it('bodies up to MULTIPART_BUFFER_BYTES become one byte array; larger ones a Blob that references the file', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 7, 8, 9]);
    const small = await encodeMultipart([
      ['title', 'ü'],
      ['image', new Blob([png]), 'a.png', 'image/png'],
    ]);
    expect(small.body).toBeInstanceOf(Uint8Array);
    const large = await encodeMultipart([['video', new Blob([new Uint8Array(MULTIPART_BUFFER_BYTES)]), 'v.mp4', 'video/mp4']]);
    expect(large.body).toBeInstanceOf(Blob);
    const form = await new Request('http://127.0.0.1/', { method: 'POST', body: large.body as Blob, headers: { 'content-type': large.contentType } }).formData();
    expect((form.get('video') as File).size).toBe(MULTIPART_BUFFER_BYTES);
  });

  it('a larger body with a file given as bytes is its parts: the given bytes as they are, the same bytes as FormData, sent again whole', async () => {
    const file = new Uint8Array(MULTIPART_BUFFER_BYTES + 3).fill(7);
    const { body, contentType } = await encodeMultipart([
      ['title', 'a\nb'],
      ['video', file, 'v.mp4', 'video/mp4'],
      ['type', 'file'],
    ]);
    expect(isPartsBody(body)).toBe(true);
    const parts = body as PartsBody;
    expect(parts.parts.filter((p) => p === file)).toHaveLength(1);
    const read = async (): Promise<Uint8Array> => {
      const out: Uint8Array[] = [];
      for await (const c of parts.chunks()) out.push(c);
      return new Uint8Array(await new Blob(out as Uint8Array<ArrayBuffer>[]).arrayBuffer());
    };
    const first = await read();
    expect(first.length).toBe(parts.size);
    expect(Buffer.from(await read()).equals(first)).toBe(true);
    const form = await new Request('http://127.0.0.1/', { method: 'POST', body: first as Uint8Array<ArrayBuffer>, headers: { 'content-type': contentType } }).formData();
    expect(Buffer.from(await (form.get('video') as File).arrayBuffer()).equals(file)).toBe(true);
    expect(form.get('title')).toBe('a\r\nb');
    expect(form.get('type')).toBe('file');
  });
});
