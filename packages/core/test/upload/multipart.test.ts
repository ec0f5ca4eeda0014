import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeMultipart, MULTIPART_BUFFER_BYTES, type MultipartPart } from '../../src/upload/multipart.js';

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

describe('encodeMultipart', () => {
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
        expect(new TextDecoder().decode(await bytesOf(body))).toBe(await viaFormData(parts, boundary));
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
    const form = await new Request('http://127.0.0.1/', { method: 'POST', body, headers: { 'content-type': contentType } }).formData();
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
    const form = await new Request('http://127.0.0.1/', { method: 'POST', body: large.body, headers: { 'content-type': large.contentType } }).formData();
    expect((form.get('video') as File).size).toBe(MULTIPART_BUFFER_BYTES);
  });
});
