import { describe, expect, it } from 'vitest';
import { encodeBody } from '../src/encode-body.js';
import type { OperationMeta } from '../src/types.js';

const meta = (encoding: 'json' | 'form' | 'multipart'): OperationMeta => ({
  id: 'album.create', method: 'POST', path: '/3/album', security: ['clientId'], envelope: true,
  body: { encoding, fields: [['ids', 'ids[]'], 'title', 'privacy', 'cover'] },
});
const input = { ids: ['a', 'b'], title: 'T', privacy: undefined, cover: 0, ignored: 'x' };

describe('encodeBody', () => {
  it('form: repeated fields for arrays, wire names, skips undefined', async () => {
    const make = await encodeBody(meta('form'), input);
    const { body, contentType } = make!();
    expect(body).toBe('ids%5B%5D=a&ids%5B%5D=b&title=T&cover=0');
    expect(contentType).toBe('application/x-www-form-urlencoded;charset=UTF-8');
  });

  it('multipart: repeated fields, fresh FormData each call', async () => {
    const make = (await encodeBody(meta('multipart'), input))!;
    const a = make().body as FormData;
    expect([...a]).toEqual([['ids[]', 'a'], ['ids[]', 'b'], ['title', 'T'], ['cover', '0']]);
    expect(make().body).not.toBe(a);
    expect(make().contentType).toBeUndefined();
  });

  it('json: wire names, values keep their JSON types', async () => {
    const { body, contentType } = (await encodeBody(meta('json'), input))!();
    expect(JSON.parse(body as string)).toEqual({ 'ids[]': ['a', 'b'], title: 'T', cover: 0 });
    expect(contentType).toBe('application/json');
  });

  it('returns undefined when no body field is present', async () => {
    for (const enc of ['json', 'form', 'multipart'] as const) expect(await encodeBody(meta(enc), { other: 1 })).toBeUndefined();
  });

  it('form: file values cannot be form-encoded and become empty', async () => {
    const m: OperationMeta = { ...meta('form'), body: { encoding: 'form', fields: ['image'], binary: ['image'] } };
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array<number>(56).fill(0)]);
    expect((await encodeBody(m, { image: png }))!().body).toBe('image=');
  });
});
