import { describe, expect, it } from 'vitest';
import { normalizeUpload } from '../../src/upload/normalize-upload.js';
import { encodeBody } from '../../src/http/encode-body.js';
import type { OperationMeta } from '../../src/types/operation-meta.js';

const meta = (encoding: 'json' | 'form' | 'multipart'): OperationMeta => ({
  id: 'album.create',
  method: 'POST',
  path: '/3/album',
  security: ['clientId'],
  envelope: true,
  body: { encoding, fields: [['ids', 'ids[]'], 'title', 'privacy', 'cover'] },
});
const input = { ids: ['a', 'b'], title: 'T', privacy: undefined, cover: 0, ignored: 'x' };
const encode = async (m: OperationMeta, given: Record<string, unknown>) => {
  const headers: Record<string, string> = {};
  const body = await encodeBody(m, given, headers);
  return { body, headers };
};
const post = (body: BodyInit) => new Request('http://127.0.0.1/', { method: 'POST', body });

describe('encodeBody', () => {
  it('form: repeated fields for arrays, wire names, skips undefined; fetch sets the content type', async () => {
    const { body, headers } = await encode(meta('form'), input);
    expect(String(body)).toBe('ids%5B%5D=a&ids%5B%5D=b&title=T&cover=0');
    expect(headers).toEqual({});
    expect(post(body as BodyInit).headers.get('Content-Type')).toBe('application/x-www-form-urlencoded;charset=UTF-8');
  });

  it('multipart: repeated fields, Content-Type with the boundary; the same body can be sent by every attempt', async () => {
    const { body, headers } = await encode(meta('multipart'), input);
    expect(headers['content-type']).toMatch(/^multipart\/form-data; boundary=----imgur-ts-[0-9a-f]{24}[0-9a-z]+$/);
    const form = await new Request('http://127.0.0.1/', { method: 'POST', body: body as BodyInit, headers }).formData();
    expect([...form]).toEqual([
      ['ids[]', 'a'],
      ['ids[]', 'b'],
      ['title', 'T'],
      ['cover', '0'],
    ]);
    const [a, b] = await Promise.all([post(body as BodyInit).text(), post(body as BodyInit).text()]);
    expect(a).toContain('name="title"\r\n\r\nT\r\n');
    expect(b).toContain('name="title"\r\n\r\nT\r\n');
  });

  it('json: wire names, values keep their JSON types, Content-Type set', async () => {
    const { body, headers } = await encode(meta('json'), input);
    expect(JSON.parse(body as string)).toEqual({ 'ids[]': ['a', 'b'], title: 'T', cover: 0 });
    expect(headers).toEqual({ 'content-type': 'application/json' });
  });

  it('returns undefined when no body field is present', async () => {
    for (const enc of ['json', 'form', 'multipart'] as const) expect((await encode(meta(enc), { other: 1 })).body).toBeUndefined();
  });

  it('form: file values cannot be form-encoded and become empty', async () => {
    const m: OperationMeta = { ...meta('form'), body: { encoding: 'form', fields: ['image'], binary: ['image'] } };
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array<number>(56).fill(0)]);
    const headers = {};
    expect(String(await encodeBody(m, { image: png }, headers, (source, where) => normalizeUpload(source, where)))).toBe('image=');
  });
});
