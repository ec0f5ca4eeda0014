import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { upload, UPLOAD_META } from '../../src/operations/upload.js';
import { defineOperation } from '../../src/client/define-operation.js';
import { defineUploadOperation } from '../../src/client/define-upload-operation.js';
import { ImgurUploadError } from '../../src/errors/usage-errors.js';
import { MAGIC, toBase64 } from '../support/fixtures.js';
import { envelope, testClient } from '../support/helpers.js';

const uploaded = { id: 'abc', link: 'https://i.imgur.com/abc.png', deletehash: 'del', type: 'image/png' };

async function formOf(request: Request): Promise<FormData> {
  return request.clone().formData();
}

describe('upload', () => {
  it('posts a file as multipart `image` to /3/upload with Client-ID when anonymous', async () => {
    const { client, sent } = testClient({ clientId: 'client-1234' }, () => envelope(uploaded));
    const image = await upload(client, MAGIC.png!.bytes, { title: 'Cat', album: 'alb' });
    expect(image).toEqual(uploaded);
    const req = sent[0]!.request;
    expect(req.method).toBe('POST');
    expect(sent[0]!.url.href).toBe('https://api.imgur.com/3/upload');
    expect(req.headers.get('Authorization')).toBe('Client-ID client-1234');
    expect(req.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    const form = await formOf(req);
    const file = form.get('image') as File;
    expect(file.type).toBe('image/png');
    expect(file.name).toBe('image.png');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(MAGIC.png!.bytes);
    expect(Object.fromEntries([...form].filter(([, v]) => typeof v === 'string'))).toEqual({ type: 'file', title: 'Cat', album: 'alb' });
  });

  it('sends videos (detected from bytes) as the `video` field, with Bearer when a user token is set', async () => {
    const { client, sent } = testClient({ clientId: 'client-1234', accessToken: 'user-token-1' }, () => envelope(uploaded));
    await upload(client, Readable.from([Buffer.from(MAGIC.mp4!.bytes)]), { disable_audio: 1 });
    const form = await formOf(sent[0]!.request);
    expect(form.has('image')).toBe(false);
    expect((form.get('video') as File).type).toBe('video/mp4');
    expect(form.get('disable_audio')).toBe('1');
    expect(sent[0]!.request.headers.get('Authorization')).toBe('Bearer user-token-1');
  });

  const strings = [
    { name: 'URL', given: 'https://example.com/cat.png', want: { image: 'https://example.com/cat.png', type: 'url' } },
    { name: 'base64', given: toBase64(MAGIC.jpeg!.bytes), want: { image: toBase64(MAGIC.jpeg!.bytes), type: 'base64' } },
    { name: 'data URL', given: `data:image/jpeg;base64,${toBase64(MAGIC.jpeg!.bytes)}`, want: { image: toBase64(MAGIC.jpeg!.bytes), type: 'base64' } },
  ];
  for (const { name, given, want } of strings) {
    it(`sends a ${name} string as type=${want.type}`, async () => {
      const { client, sent } = testClient({ clientId: 'client-1234' }, () => envelope(uploaded));
      await upload(client, given);
      expect(Object.fromEntries(await formOf(sent[0]!.request))).toEqual(want);
    });
  }

  it('keeps an explicit type and re-creates the body for a retried upload', async () => {
    const { client, sent } = testClient({ clientId: 'client-1234', retryPost: true }, (_r, n) => (n === 0 ? envelope({ error: 'busy' }, 503) : envelope(uploaded)));
    const op = defineUploadOperation<{ image: Blob; type: string }, unknown>(UPLOAD_META);
    await op(client, { image: new Blob([MAGIC.gif89!.bytes]), type: 'file' });
    expect(sent).toHaveLength(2);
    for (const s of sent) {
      const form = await formOf(s.request);
      expect(form.getAll('type')).toEqual(['file']);
      expect((form.get('image') as File).size).toBe(64);
    }
  });

  it('reads files only in operations made with defineUploadOperation: defineOperation refuses a file field before sending', async () => {
    const { client, sent } = testClient({ clientId: 'client-1234' }, () => envelope(uploaded));
    const op = defineOperation<{ image: Uint8Array }, unknown>(UPLOAD_META);
    await expect(op(client, { image: MAGIC.png!.bytes })).rejects.toThrow(
      'image.uploadImage: field "image" is a file, and image.uploadImage was not made with defineUploadOperation, which reads files.',
    );
    expect(sent).toHaveLength(0);
  });

  it('refuses an oversized or unknown file before sending', async () => {
    const { client, sent } = testClient({ clientId: 'client-1234' }, () => envelope(uploaded));
    const big = new Blob([MAGIC.png!.bytes, new Uint8Array(11 * 1024 * 1024)]);
    const err = await upload(client, big).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImgurUploadError);
    expect((err as Error).message).toMatch(/^image\.uploadImage: field "image": image\/png of \d+ bytes exceeds/);
    expect(sent).toHaveLength(0);
  });

  it('costs 10 credits per UPLOAD_META', () => {
    expect(UPLOAD_META.credits).toBe(10);
  });
});
